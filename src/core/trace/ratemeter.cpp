// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trace/ratemeter.h"

#include <algorithm>
#include <limits>

RateMeter::RateMeter(qint64 windowMs, qint64 bucketMs)
    : m_bucketMs(qMax<qint64>(bucketMs, 1))
{
    const qint64 count = qMax<qint64>((windowMs + m_bucketMs - 1) / m_bucketMs, 1);
    m_buckets.resize(static_cast<std::size_t>(count));
    reset();
}

void RateMeter::add(qint64 amount, qint64 nowMs)
{
    const qint64 index = bucketIndex(nowMs);
    if (!m_hasSamples || index < m_firstBucket)
        m_firstBucket = index;
    m_hasSamples = true;
    const qint64 count = qint64(m_buckets.size());
    Bucket &bucket = m_buckets[static_cast<std::size_t>(((index % count) + count) % count)];
    if (bucket.index != index)
        bucket = Bucket{index, 0};
    bucket.sum += amount;
}

double RateMeter::perSecond(qint64 nowMs) const
{
    const qint64 now = bucketIndex(nowMs);
    if (!m_hasSamples || now < m_firstBucket)
        return 0.0;
    const qint64 count = qint64(m_buckets.size());
    const qint64 oldest = now - count + 1;
    qint64 sum = 0;
    for (const Bucket &bucket : m_buckets) {
        if (bucket.index >= oldest && bucket.index <= now)
            sum += bucket.sum;
    }
    const qint64 spanBuckets = std::min(now - m_firstBucket + 1, count);
    return double(sum) * 1000.0 / double(spanBuckets * m_bucketMs);
}

void RateMeter::reset()
{
    // An index no sample can have, so every slot reads as stale.
    std::fill(m_buckets.begin(), m_buckets.end(), Bucket{std::numeric_limits<qint64>::min(), 0});
    m_hasSamples = false;
    m_firstBucket = 0;
}

qint64 RateMeter::bucketIndex(qint64 nowMs) const
{
    // Floor division, so negative times land in the right bucket too.
    qint64 index = nowMs / m_bucketMs;
    if (nowMs % m_bucketMs != 0 && nowMs < 0)
        --index;
    return index;
}
