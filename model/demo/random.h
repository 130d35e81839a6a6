#pragma once

// A small, fully specified pseudo-random generator (xoshiro256** seeded by splitmix64) with the
// distributions the demo generator needs. Unlike std::*_distribution its output is the same on every
// platform and standard library, so a seed always produces the same workspace.

#include <QtGlobal>

#include <cmath>
#include <numbers>

namespace baton {

class Random final
{
public:
    explicit Random(quint64 seed)
    {
        for (auto &word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    // Standard normal by Box-Muller (one of the pair is discarded to keep the sequence simple).
    double normal(double mean = 0.0, double sigma = 1.0)
    {
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        return mean + sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    // Log-normal with the given median.
    double logNormal(double median, double sigma) { return median * std::exp(normal(0.0, sigma)); }
    // Index drawn with probability proportional to weights[i].
    template <typename Container>
    int weighted(const Container &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double pick = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (pick < w)
                return index;
            pick -= w;
            ++index;
        }
        return index - 1;
    }
    template <typename List>
    const auto &pick(const List &list)
    {
        return list.at(qsizetype(next() % quint64(list.size())));
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

} // namespace baton
