#include "stagemapdiagram.h"

#include "colours.h"
#include "theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace baton {

namespace {

    // The diagram's colours for a palette: boxes on the view's base colour with the palette's text on them, lines
    // that stand out from the base in light and dark palettes alike.
    struct DiagramColours
    {
        explicit DiagramColours(const QPalette &palette)
        {
            const bool dark = Theme::isDark(palette);
            const QColor base = palette.color(QPalette::Base);
            funnelBorder = QColor(0x4a, 0x7f, 0xb5);
            funnelFill = dark ? Colours::mix(base, funnelBorder, 0.3) : QColor(0xe3, 0xf0, 0xfb);
            sideFill = Colours::background(Colours::Tone::Neutral, palette);
            sideBorder = QColor(0x86, 0x8e, 0x96);
            warning = QColor(0xd9, 0x48, 0x0f);
            selected = palette.color(QPalette::Highlight);
            edge = dark ? QColor(0xa8, 0xb3, 0xbf) : QColor(0x52, 0x5f, 0x6b);
            sideEdge = dark ? QColor(0x70, 0x7a, 0x85) : QColor(0x9a, 0xa5, 0xb1);
            text = palette.color(QPalette::Text);
            muted = Colours::muted(palette);
        }
        QColor funnelFill, funnelBorder, sideFill, sideBorder, warning, selected, edge, sideEdge, text, muted;
    };

    // `text` broken into at most `lines` lines of `width` pixels, at spaces and after hyphens ("SDR-
    // Warteschlange"); the last line is elided if it still does not fit, and `*elided` says so.
    QString fitLines(const QString &text, const QFontMetrics &metrics, int width, int lines, bool *elided = nullptr)
    {
        QStringList words; // each with the character that ends it (a space is dropped at a line break)
        QString word;
        for (const QChar c : text) {
            word += c;
            if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
                words << word;
                word.clear();
            }
        }
        if (!word.isEmpty())
            words << word;
        QStringList result;
        QString line;
        for (const QString &next : std::as_const(words)) {
            const QString candidate = line + next;
            if (line.isEmpty() || metrics.horizontalAdvance(candidate.trimmed()) <= width
                || result.size() == lines - 1) {
                line = candidate; // on the last line the rest goes on, elided below
                continue;
            }
            result << line.trimmed();
            line = next;
        }
        if (!line.isEmpty())
            result << line.trimmed();
        if (elided)
            *elided = !result.isEmpty() && metrics.horizontalAdvance(result.last()) > width;
        if (!result.isEmpty())
            result.last() = metrics.elidedText(result.last(), Qt::ElideRight, width);
        return result.join(QLatin1Char('\n'));
    }

void arrowHead(QPainter &painter, const QPointF &tip, const QPointF &from)
{
    const QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 0.5)
        return;
    const QPointF u(d.x() / length, d.y() / length);
    const QPointF n(-u.y(), u.x());
    const double size = 8.0;
    QPolygonF head;
    head << tip << tip - u * size + n * size * 0.5 << tip - u * size - n * size * 0.5;
    painter.save();
    painter.setBrush(painter.pen().color());
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(head);
    painter.restore();
}

} // namespace

StageMapDiagram::StageMapDiagram(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Stage map diagram"));
}

void StageMapDiagram::setMap(const StageMap &map)
{
    m_map = map;
    m_warnings.clear();
    for (const StageWarning &warning : map.warnings())
        if (warning.stageId)
            m_warnings[warning.stageId] << warning.message;
    layoutBoxes();
    update();
}

void StageMapDiagram::setSelectedStage(qint64 stageId)
{
    m_selected = stageId;
    update();
}

void StageMapDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBoxes();
}

void StageMapDiagram::layoutBoxes()
{
    m_boxes.clear();
    QList<const LifecycleStage *> funnel;
    QList<const LifecycleStage *> side;
    for (const LifecycleStage &stage : m_map.stages())
        (stage.kind == QStringLiteral("side") ? side : funnel) << &stage;
    const double margin = 16;
    const int columns = std::max<int>(1, int(funnel.size()));
    // Narrow windows take the room from the gaps first, then from the boxes.
    const double gap
        = columns > 1 ? std::clamp((this->width() - 2 * margin - columns * 150.0) / (columns - 1), 16.0, 30.0) : 30.0;
    const double width = std::clamp((this->width() - 2 * margin - gap * (columns - 1)) / columns, 70.0, 150.0);
    const double height = boxHeight();
    const double total = columns * width + (columns - 1) * gap;
    const double left = std::max(margin, (this->width() - total) / 2);
    // Room above the row for arcs (skips and ways back between funnel stages), a legend line at the bottom.
    bool arcs = false;
    for (int i = 0; i < funnel.size(); ++i)
        for (qint64 next : m_map.nextStages(funnel.at(i)->id)) {
            const auto j = std::find_if(funnel.begin(), funnel.end(), [next](const LifecycleStage *s) { return s->id == next; });
            arcs = arcs || (j != funnel.end() && j - funnel.begin() != i + 1);
        }
    const double funnelTop = arcs ? 78 : 34;
    const double legend = 34;
    for (int i = 0; i < funnel.size(); ++i)
        m_boxes.insert(funnel.at(i)->id, QRectF(left + i * (width + gap), funnelTop, width, height));

    // Side stages below, each under the funnel stages it connects to, spread so that none overlap.
    QList<std::pair<double, qint64>> wanted;
    for (const LifecycleStage *stage : std::as_const(side)) {
        double sum = 0;
        int count = 0;
        for (const StageTransition &t : m_map.transitions()) {
            const qint64 other = t.fromStageId == stage->id ? t.toStageId : t.toStageId == stage->id ? t.fromStageId : 0;
            if (other && m_boxes.contains(other)) {
                sum += m_boxes.value(other).center().x();
                ++count;
            }
        }
        wanted.append({ count ? sum / count : left + total / 2, stage->id });
    }
    std::sort(wanted.begin(), wanted.end());
    const double sideTop = funnelTop + height + std::clamp(this->height() - funnelTop - 2 * height - legend - 16, 50.0, 130.0);
    double nextFree = margin;
    for (int i = 0; i < wanted.size(); ++i) {
        double x = std::max(wanted.at(i).first - width / 2, nextFree);
        x = std::min(x, this->width() - margin - (wanted.size() - i) * (width + gap) + gap);
        x = std::max(x, nextFree);
        m_boxes.insert(wanted.at(i).second, QRectF(x, sideTop, width, height));
        nextFree = x + width + gap;
    }
}

double StageMapDiagram::boxHeight() const
{
    // The stage's name in bold, then up to two lines of its workflow action in the small font.
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    return std::max(50, QFontMetrics(bold).height() + 2 * QFontMetrics(small).height() + 14);
}

void StageMapDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const DiagramColours colours(palette());
    const QColor &FunnelFill = colours.funnelFill;
    const QColor &FunnelBorder = colours.funnelBorder;
    const QColor &SideFill = colours.sideFill;
    const QColor &SideBorder = colours.sideBorder;
    const QColor &WarningColour = colours.warning;
    const QColor &SelectedColour = colours.selected;
    const QColor &EdgeColour = colours.edge;
    const QColor &SideEdgeColour = colours.sideEdge;
    if (m_map.stages().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No stages yet: add the stages a lead goes through."));
        return;
    }
    const QFont base = font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    QFont bold = base;
    bold.setBold(true);

    // Transitions first, under the boxes.
    int arcIndex = 0;
    for (const StageTransition &t : m_map.transitions()) {
        const LifecycleStage *from = m_map.stage(t.fromStageId);
        const LifecycleStage *to = m_map.stage(t.toStageId);
        if (!from || !to || from == to)
            continue;
        const QRectF a = m_boxes.value(from->id);
        const QRectF b = m_boxes.value(to->id);
        const bool fromSide = from->kind == QStringLiteral("side");
        const bool toSide = to->kind == QStringLiteral("side");
        const bool reverseExists = m_map.allows(to->id, from->id);
        painter.setPen(QPen(fromSide || toSide ? SideEdgeColour : EdgeColour, 1.6));
        painter.setBrush(Qt::NoBrush);
        if (!fromSide && !toSide) {
            const bool adjacent = std::abs(a.center().x() - b.center().x()) < a.width() + 40 && b.left() > a.left();
            if (adjacent) {
                const QPointF start(a.right(), a.center().y());
                const QPointF end(b.left(), b.center().y());
                painter.drawLine(start, end);
                arrowHead(painter, end, start);
            } else {
                // Skips and ways back arc over the row, higher the farther they go.
                const bool forward = b.left() > a.left();
                const double reach = std::abs(b.center().x() - a.center().x());
                const double lift = std::min(a.top() - 12, 24 + reach * 0.18 + 6 * (arcIndex++ % 3));
                const QPointF start(a.center().x() + (forward ? 10 : -10), a.top());
                const QPointF end(b.center().x() + (forward ? -10 : 10), b.top());
                QPainterPath path(start);
                const QPointF c1(start.x(), a.top() - lift);
                const QPointF c2(end.x(), b.top() - lift);
                path.cubicTo(c1, c2, end);
                QPen pen = painter.pen();
                if (!forward)
                    pen.setStyle(Qt::DashLine);
                painter.setPen(pen);
                painter.drawPath(path);
                painter.setPen(QPen(pen.color(), 1.6));
                arrowHead(painter, end, c2);
            }
        } else if (fromSide != toSide) {
            // Between the rows; a pair with both directions is drawn as two parallel lines.
            const double offset = reverseExists ? (fromSide ? 7 : -7) : 0;
            const QRectF &funnelBox = fromSide ? b : a;
            const QRectF &sideBox = fromSide ? a : b;
            // Lines arrive spread along the side box's top edge, towards the stage they come from.
            const double spread = std::clamp((funnelBox.center().x() - sideBox.center().x()) * 0.22,
                -sideBox.width() / 2 + 10, sideBox.width() / 2 - 10);
            const QPointF top(funnelBox.center().x() + offset, funnelBox.bottom());
            const QPointF bottom(sideBox.center().x() + spread + offset, sideBox.top());
            const QPointF start = fromSide ? bottom : top;
            const QPointF end = fromSide ? top : bottom;
            if (fromSide)
                painter.setPen(QPen(SideEdgeColour, 1.6, Qt::DashLine)); // a way back into the funnel
            painter.drawLine(start, end);
            painter.setPen(QPen(SideEdgeColour, 1.6));
            arrowHead(painter, end, start);
        } else {
            // Side to side: a curve below the row.
            const QPointF start(a.center().x(), a.bottom());
            const QPointF end(b.center().x(), b.bottom());
            QPainterPath path(start);
            const QPointF c1(start.x(), a.bottom() + 30);
            const QPointF c2(end.x(), b.bottom() + 30);
            path.cubicTo(c1, c2, end);
            painter.drawPath(path);
            arrowHead(painter, end, c2);
        }
    }

    // The boxes.
    for (const LifecycleStage &stage : m_map.stages()) {
        const QRectF box = m_boxes.value(stage.id);
        const bool side = stage.kind == QStringLiteral("side");
        const bool warned = m_warnings.contains(stage.id);
        const bool selected = stage.id == m_selected;
        painter.setBrush(side ? SideFill : FunnelFill);
        QPen pen(warned ? WarningColour : side ? SideBorder : FunnelBorder, warned ? 2.2 : 1.4);
        if (selected)
            pen = QPen(SelectedColour, 3);
        painter.setPen(pen);
        painter.drawRoundedRect(box, 8, 8);
        if (m_map.isEndState(stage.id)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(pen.color(), 1));
            painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), 6, 6);
        }
        painter.setPen(colours.text);
        painter.setFont(bold);
        const QRectF nameRect(box.left() + 4, box.top() + 5, box.width() - 8, painter.fontMetrics().height());
        painter.drawText(nameRect, Qt::AlignHCenter | Qt::AlignBottom,
            painter.fontMetrics().elidedText(stage.name, Qt::ElideRight, int(nameRect.width())));
        painter.setPen(colours.muted);
        const QString action = m_map.isEndState(stage.id) ? tr("end state") : StageMap::actionLabel(stage.workflowAction);
        const QRectF actionRect = box.adjusted(4, nameRect.bottom() - box.top() + 2, -4, -4);
        // A word too long for a narrow box ("Aufgabenerstellung") gets a smaller font before it is elided.
        QFont actionFont = small;
        QString actionText;
        for (const double scale : { 0.85, 0.78, 0.72 }) {
            actionFont.setPointSizeF(base.pointSizeF() * scale);
            bool elided = false;
            actionText = fitLines(action, QFontMetrics(actionFont), int(actionRect.width()), 2, &elided);
            if (!elided)
                break;
        }
        painter.setFont(actionFont);
        painter.drawText(actionRect, Qt::AlignHCenter | Qt::AlignTop, actionText);
        if (warned) {
            const QRectF badge(box.right() - 10, box.top() - 8, 18, 18);
            painter.setPen(Qt::NoPen);
            painter.setBrush(WarningColour);
            painter.drawEllipse(badge);
            painter.setPen(Qt::white);
            painter.setFont(bold);
            painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        }
        painter.setFont(base);
    }

    // Legend.
    painter.setFont(small);
    const double y = height() - 14;
    double x = 16;
    const auto legend = [&](const QString &text) {
        painter.setPen(colours.muted);
        painter.drawText(QPointF(x, y + 4), text);
        x += painter.fontMetrics().horizontalAdvance(text) + 22;
    };
    painter.setPen(QPen(EdgeColour, 1.6));
    painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
    arrowHead(painter, QPointF(x + 26, y), QPointF(x, y));
    x += 32;
    legend(tr("allowed transition"));
    QPen dashed(EdgeColour, 1.6, Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
    x += 30;
    legend(tr("way back"));
    painter.setPen(QPen(FunnelBorder, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(x, y - 7, 18, 12), 3, 3);
    painter.drawRoundedRect(QRectF(x + 2, y - 5, 14, 8), 2, 2);
    x += 24;
    legend(tr("end state"));
    painter.setPen(Qt::NoPen);
    painter.setBrush(WarningColour);
    painter.drawEllipse(QRectF(x, y - 7, 13, 13));
    x += 19;
    legend(tr("warning (see the list)"));
    painter.setBrush(SideFill);
    painter.setPen(QPen(SideBorder, 1));
    painter.drawRoundedRect(QRectF(x, y - 7, 18, 12), 3, 3);
    x += 24;
    legend(tr("side stage"));
}

void StageMapDiagram::mousePressEvent(QMouseEvent *event)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value().contains(event->position())) {
            m_selected = it.key();
            update();
            emit stageClicked(it.key());
            return;
        }
    QWidget::mousePressEvent(event);
}

bool StageMapDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
            if (it.value().contains(help->pos())) {
                const LifecycleStage *stage = m_map.stage(it.key());
                QString text = QStringLiteral("<b>%1</b>").arg(stage->name.toHtmlEscaped());
                if (!stage->exitCriteria.isEmpty())
                    text += QStringLiteral("<br>") + tr("Exit: %1").arg(stage->exitCriteria.toHtmlEscaped());
                for (const QString &warning : m_warnings.value(it.key()))
                    text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                                .arg(Colours::css(Colours::text(Colours::Tone::Bad, palette())),
                                    warning.toHtmlEscaped());
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace baton
