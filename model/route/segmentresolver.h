#pragma once

// Route: the segment of a company from its size. Segments are tried in position order and the first
// band that holds the company wins (Segment::contains: by employees when the band and the company
// both have them, else by revenue). Unknown sizes and sizes outside every band have no segment.
//
//   SegmentResolver segments(model.segments);
//   qint64 id = segments.segmentFor(250, std::nullopt);   // 0 = no segment

#include "route/coverage.h"

namespace baton {

class SegmentResolver final
{
public:
    SegmentResolver() = default;
    explicit SegmentResolver(QList<Segment> segments);

    qint64 segmentFor(std::optional<qint64> employees, std::optional<double> revenue) const;

private:
    QList<Segment> m_segments;
};

} // namespace baton
