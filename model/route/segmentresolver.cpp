#include "segmentresolver.h"

#include <algorithm>

namespace baton {

SegmentResolver::SegmentResolver(QList<Segment> segments) : m_segments(std::move(segments))
{
    std::stable_sort(m_segments.begin(), m_segments.end(), [](const Segment &a, const Segment &b) {
        return a.position < b.position || (a.position == b.position && a.id < b.id);
    });
}

qint64 SegmentResolver::segmentFor(std::optional<qint64> employees, std::optional<double> revenue) const
{
    for (const Segment &segment : m_segments)
        if (segment.contains(employees, revenue))
            return segment.id;
    return 0;
}

} // namespace baton
