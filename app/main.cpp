// Baton: the window, or a headless command when the first argument names one (see cli/cli.h).

#include "cli/cli.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QTimer>

using namespace baton;

namespace {

// `--screenshot FILE` renders the window once it has loaded, saves it as PNG and quits:
// used to look at the UI on machines without a display.
void scheduleScreenshot(MainWindow *window, const QString &file)
{
    QTimer::singleShot(400, window, [window, file]() {
        const bool saved = window->grab().save(file);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// macOS hands a double-clicked workspace to the running application as a FileOpen event, not as an argument.
class FileOpenHandler final : public QObject
{
public:
    explicit FileOpenHandler(MainWindow *window) : QObject(window), m_window(window) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            m_window->openWorkspace(static_cast<QFileOpenEvent *>(event)->file());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow *m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    if (cli::isCommandLine(argc, argv))
        return cli::run(argc, argv);

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.baton.Baton"));
    QApplication::setWindowIcon(Theme::applicationIcon());
    installTranslations(Settings::language().get());
    Theme::apply(Theme::stored());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Governs the Marketing to Sales lead handoff."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), QApplication::translate("main", "A workspace to open."));
    const QCommandLineOption page(QStringLiteral("page"), QApplication::translate("main", "Show this page first."),
        QStringLiteral("ID"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QApplication::translate("main", "Window size, WIDTHxHEIGHT."),
        QStringLiteral("SIZE"));
    parser.addOption(page);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openWorkspace(files.first());
    else if (const QString last = Settings::lastWorkspace().get(); !last.isEmpty() && QFileInfo::exists(last))
        window.openWorkspace(last, true);
    if (parser.isSet(page))
        window.showPage(parser.value(page));
    else
        window.showStartPage();
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    window.show();
    app.installEventFilter(new FileOpenHandler(&window));
    if (parser.isSet(screenshot))
        scheduleScreenshot(&window, parser.value(screenshot));
    return app.exec();
}
