// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayengine.h"

#include <algorithm>
#include <unordered_map>

namespace mmu {

ReplayEngine::ReplayEngine(ReplayControl control)
    : m_control(std::move(control))
    , m_batch(BatchSize)
{
    m_control.progressEvery = std::max<uint64_t>(1, m_control.progressEvery);
}

std::size_t ReplayEngine::batchLimit(uint64_t done) const
{
    if (!m_control.maxAccesses)
        return BatchSize;
    return static_cast<std::size_t>(std::min<uint64_t>(BatchSize, *m_control.maxAccesses - std::min(done, *m_control.maxAccesses)));
}

void ReplayEngine::report(ReplayProgress::Phase phase, const AccessSource &source, uint64_t done, bool end) const
{
    if (!m_control.progress)
        return;
    double fraction = source.progress(done);
    if (m_control.maxAccesses && *m_control.maxAccesses)
        fraction = std::max(fraction, static_cast<double>(done) / static_cast<double>(*m_control.maxAccesses));
    if (end && !stopRequested() && !source.error())
        fraction = 1;
    m_control.progress(ReplayProgress{phase, std::min(fraction, 1.0), done});
}

Result<ReplayStatus, ReplayError> ReplayEngine::run(AccessSource &source, Replay &replay)
{
    Replay *const one[] = {&replay};
    return run(source, one);
}

Result<ReplayStatus, ReplayError> ReplayEngine::lookAhead(AccessSource &source, std::vector<Future> &futures)
{
    // Generators know their length: refuse before doing any work.
    std::optional<uint64_t> expected = source.length();
    if (expected && m_control.maxAccesses)
        expected = std::min(*expected, *m_control.maxAccesses);
    auto tooLong = [&] {
        return ReplayError{ReplayError::Kind::FutureTooLong,
                           "policy opt needs the next use of every access, kept for at most "
                               + std::to_string(m_control.futureLimit) + " accesses, and " + source.name()
                               + " has more: replay a prefix (--accesses N) or choose another policy"};
    };
    if (expected && *expected > m_control.futureLimit)
        return tooLong();

    struct Pass {
        Future *future;
        std::unordered_map<uint64_t, uint32_t> lastUse; ///< page -> position of its latest access
    };
    std::vector<Pass> passes;
    for (Future &f : futures) {
        passes.push_back({&f, {}});
        if (expected)
            f.nextUse.reserve(static_cast<std::size_t>(*expected));
    }
    uint64_t done = 0;
    uint64_t nextReport = m_control.progressEvery;
    for (;;) {
        if (stopRequested())
            return ReplayStatus::Stopped;
        const std::size_t want = batchLimit(done);
        const std::size_t n = want ? source.read(std::span(m_batch).first(want)) : 0;
        if (n == 0)
            break;
        if (done + n > m_control.futureLimit)
            return tooLong();
        for (Pass &p : passes) {
            std::vector<uint32_t> &next = p.future->nextUse;
            for (std::size_t k = 0; k < n; ++k) {
                const auto position = static_cast<uint32_t>(done + k);
                const uint64_t page = m_batch[k].address >> p.future->pageShift;
                next.push_back(Replay::NoNextUse);
                auto [it, fresh] = p.lastUse.try_emplace(page, position);
                if (!fresh) {
                    next[it->second] = position;
                    it->second = position;
                }
            }
        }
        done += n;
        if (done >= nextReport) {
            report(ReplayProgress::Phase::LookAhead, source, done, false);
            nextReport = done + m_control.progressEvery;
        }
    }
    if (auto error = source.error())
        return ReplayError{ReplayError::Kind::Source, *error};
    report(ReplayProgress::Phase::LookAhead, source, done, true);
    return ReplayStatus::Finished;
}

Result<ReplayStatus, ReplayError> ReplayEngine::run(AccessSource &source, std::span<Replay *const> replays)
{
    for (Replay *r : replays)
        if (auto mapped = r->mapRegions(source.regions()); !mapped)
            return mapped.error();

    // OPT: one pass to learn the future, per base page size in use.
    std::vector<Future> futures;
    for (Replay *r : replays)
        if (r->needsFuture()) {
            const int shift = r->system().format().pageShift;
            if (std::none_of(futures.begin(), futures.end(), [&](const Future &f) { return f.pageShift == shift; }))
                futures.push_back({shift, {}});
        }
    if (!futures.empty()) {
        if (!source.rewind())
            return ReplayError{ReplayError::Kind::Source, source.error().value_or(source.name() + ": cannot read it again")};
        auto looked = lookAhead(source, futures);
        if (!looked || *looked == ReplayStatus::Stopped) {
            for (Replay *r : replays)
                r->finish();
            return looked;
        }
    }
    if (!source.rewind())
        return ReplayError{ReplayError::Kind::Source, source.error().value_or(source.name() + ": cannot read it again")};

    uint64_t done = 0;
    uint64_t nextReport = m_control.progressEvery;
    ReplayStatus status = ReplayStatus::Finished;
    for (;;) {
        if (stopRequested()) {
            status = ReplayStatus::Stopped;
            break;
        }
        const std::size_t want = batchLimit(done);
        const std::size_t n = want ? source.read(std::span(m_batch).first(want)) : 0;
        if (n == 0)
            break;
        const std::span<const MemoryAccess> batch(m_batch.data(), n);
        for (std::size_t i = 0; i < replays.size(); ++i) {
            const uint32_t *future = nullptr;
            if (replays[i]->needsFuture()) {
                const int shift = replays[i]->system().format().pageShift;
                for (const Future &f : futures)
                    if (f.pageShift == shift && done + n <= f.nextUse.size())
                        future = f.nextUse.data() + done;
            }
            replays[i]->feed(batch, future);
        }
        done += n;
        if (done >= nextReport) {
            report(ReplayProgress::Phase::Replay, source, done, false);
            nextReport = done + m_control.progressEvery;
        }
    }
    for (Replay *r : replays)
        r->finish();
    if (auto error = source.error())
        return ReplayError{ReplayError::Kind::Source, *error};
    report(ReplayProgress::Phase::Replay, source, done, true);
    return status;
}

} // namespace mmu
