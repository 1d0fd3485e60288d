// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QtGlobal>

/** Rate over a sliding window of fixed buckets (default 2000 ms window, 100 ms buckets); time is passed in (ms,
    monotonic) so tests are exact. Copyable value.

    Bucket b covers [b * bucketMs, (b + 1) * bucketMs). perSecond(now) sums the buckets of the last windowMs up to
    and including now's bucket and divides by their time span: the whole window, or, until the window has filled,
    the buckets from the first sample's to now's (at least one bucket). */
class RateMeter final
{
public:
    /** bucketMs below 1 counts as 1; windowMs is rounded up to whole buckets (at least one). */
    explicit RateMeter(qint64 windowMs = 2000, qint64 bucketMs = 100);

    void add(qint64 amount, qint64 nowMs);
    /** Amount per second over the window ending at nowMs; 0 without samples in it. */
    double perSecond(qint64 nowMs) const;
    void reset();

    qint64 windowMs() const { return qint64(m_buckets.size()) * m_bucketMs; }
    qint64 bucketMs() const { return m_bucketMs; }

private:
    struct Bucket
    {
        qint64 index = 0;
        qint64 sum = 0;
    };

    qint64 bucketIndex(qint64 nowMs) const;

    qint64 m_bucketMs;
    std::vector<Bucket> m_buckets;
    bool m_hasSamples = false;
    qint64 m_firstBucket = 0;
};
