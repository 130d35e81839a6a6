#!/usr/bin/env bash
# Lint: no value may reach SQL as text. Finds every place in C++ sources where something is spliced into
# a string literal that looks like SQL, either with .arg(...) or with + after the literal, and fails
# unless the spliced expression is on the allow-list (sql-splices.allow): identifiers and fragments
# written in code, each with its reason. Anything else must become a bound value (?).
#
#   tests/lint/check_sql_splices.sh ALLOW_LIST DIR...
#
# Exit code 0 when every splice is allowed, 1 otherwise (each offender listed as FILE:LINE).
set -euo pipefail
allow=${1:?usage: check_sql_splices.sh ALLOW_LIST DIR...}
shift
[ $# -gt 0 ] || { echo "usage: check_sql_splices.sh ALLOW_LIST DIR..." >&2; exit 2; }
files=$(find "$@" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
[ -n "$files" ] || { echo "no C++ sources under $*" >&2; exit 2; }
# shellcheck disable=SC2086
perl -e '
use strict; use warnings;
my $allowFile = shift @ARGV;
my @allow;
open(my $a, "<", $allowFile) or die "cannot read $allowFile\n";
while (<$a>) {
    next if /^\s*(#|$)/;
    chomp;
    my ($file, $expr) = split /\s+\|\s+/, $_;
    die "bad allow-list line: $_\n" unless defined $expr;
    push @allow, [qr/$file/, qr/^(?:$expr)$/];
}
my $sqlWord = qr/\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|PRAGMA|CREATE|ALTER|DROP|ORDER BY|GROUP BY|VALUES|JOIN|SET|SAVEPOINT|RELEASE|ROLLBACK|LIMIT)\b/;
my $literal = qr/(?:QStringLiteral|QString::fromLatin1|QString::fromUtf8|QLatin1String|QByteArray)\s*\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)/;
my $balanced = qr/(\((?:[^()]++|(?-1))*\))/;
my $bad = 0; my $seen = 0;
for my $path (@ARGV) {
    open(my $f, "<", $path) or die "cannot read $path\n";
    local $/; my $text = <$f>;
    my @splices;
    while ($text =~ /$literal((?:\s*\.arg$balanced)+)/g) {
        my ($sql, $args, $end) = ($1, $2, $-[0]);
        next unless $sql =~ $sqlWord;
        while ($args =~ /\.arg\s*(\((?:[^()]++|(?-1))*\))/g) {
            my $inner = substr($1, 1, -1);
            push @splices, [$end, $inner];
        }
    }
    while ($text =~ /$literal\s*\+\s*([A-Za-z_][\w:.]*(?:\s*\((?:[^()]++|(?-1))*\))*(?:\.[A-Za-z_]\w*(?:\((?:[^()]++|(?-1))*\))?)*)/g) {
        my ($sql, $expr, $end) = ($1, $2, $-[0]);
        next unless $sql =~ $sqlWord;
        push @splices, [$end, $expr];
    }
    for my $s (@splices) {
        my ($pos, $expr) = @$s;
        (my $normal = $expr) =~ s/\s+/ /g;
        $normal =~ s/^ | $//g;
        $seen++;
        my $ok = 0;
        for my $rule (@allow) { if ($path =~ $rule->[0] && $normal =~ $rule->[1]) { $ok = 1; last; } }
        next if $ok;
        my $line = (substr($text, 0, $pos) =~ tr/\n//) + 1;
        print "value splice into SQL at $path:$line: $normal\n";
        $bad++;
    }
}
print "$seen splices into SQL checked, $bad not on the allow-list ($allowFile)\n";
exit($bad ? 1 : 0);
' "$allow" $files
