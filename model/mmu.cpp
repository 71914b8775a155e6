// SPDX-License-Identifier: GPL-3.0-or-later
#include "mmu.h"

#include "pageentry.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace mmu {

namespace {

/** Builds and appends a step only when recording: the fast path never constructs one. */
template <class Fill>
inline void emit(std::vector<Step> *steps, Fill &&fill)
{
    if (steps) [[unlikely]] {
        Step &s = steps->emplace_back();
        fill(s);
    }
}

int levelIndex(const PagingFormat &f, const std::string &name)
{
    for (int i = 0; i < f.levelCount(); ++i)
        if (f.levels[i].name == name)
            return i;
    return -1;
}

MachineConfig flatMemory(const PagingFormat &format, uint64_t latency)
{
    MachineConfig m;
    m.name = "flat memory";
    m.paging = format.id;
    m.dramLatency = static_cast<uint32_t>(latency);
    return m;
}

} // namespace

Mmu::Mmu(const PagingFormat &format, PhysicalMemory &memory, uint64_t memoryLatency)
    : Mmu(format, memory, flatMemory(format, memoryLatency), MmuOptions{false})
{
}

Mmu::Mmu(const PagingFormat &format, PhysicalMemory &memory, const MachineConfig &machine, MmuOptions options)
    : m_format(&format)
    , m_memory(&memory)
    , m_caches(machine.caches, machine.dramLatency)
    , m_options(options)
{
    if (machine.tlbs.size() > MaxTlbs)
        throw std::invalid_argument("more than 16 TLB arrays");
    uint64_t seed = 0x6d6d756c6162; // "mmulab": random replacement is seeded, hence reproducible
    m_servingMask.fill(0);
    for (const TlbConfig &t : machine.tlbs) {
        for (uint64_t size : t.pageSizes)
            m_servingMask[static_cast<size_t>(std::countr_zero(size))] |= 1u << m_tlbs.size();
        m_tlbs.emplace_back(t, seed++);
        m_classifiers.emplace_back(options.classifyMisses ? t.entries : 1);
    }
    std::vector<int> levels;
    for (const TlbConfig &t : machine.tlbs)
        levels.push_back(t.level);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    for (int level : levels) {
        std::vector<int> group;
        uint32_t latency = 0;
        for (size_t i = 0; i < machine.tlbs.size(); ++i) {
            if (machine.tlbs[i].level == level) {
                group.push_back(static_cast<int>(i));
                latency = std::max(latency, machine.tlbs[i].latency);
            }
        }
        m_tlbLevels.push_back(std::move(group));
        m_levelLatency.push_back(latency);
    }
    for (const WalkCacheConfig &w : machine.walkCaches) {
        const int level = levelIndex(format, w.level);
        if (level < 0 || level >= format.levelCount() - 1)
            throw std::invalid_argument("walk cache for a level the format does not have: " + w.level);
        m_walkCaches.emplace_back(w, level, format.levels[level].indexLo);
        m_walkCacheLatency = std::max(m_walkCacheLatency, w.latency);
    }
    for (size_t i = 0; i < m_walkCaches.size(); ++i)
        m_walkCacheProbeOrder.push_back(static_cast<int>(i));
    std::sort(m_walkCacheProbeOrder.begin(), m_walkCacheProbeOrder.end(),
              [this](int a, int b) { return m_walkCaches[a].level() > m_walkCaches[b].level(); });
    resetCounters();
}

void Mmu::resetCounters()
{
    m_counters = MmuCounters{};
    m_counters.tlbs.resize(m_tlbs.size());
    m_counters.walkCacheHits.resize(m_walkCaches.size());
}

Mmu::EntryCost Mmu::memoryAccess(uint64_t paddr)
{
    const CacheHierarchy::Access a = m_caches.access(paddr);
    return {a.cycles, static_cast<int8_t>(a.level)};
}

void Mmu::fillTlbs(uint64_t va, const TlbEntry &entry, int uptoGroup, std::vector<Step> *steps)
{
    for (int g = 0; g < uptoGroup && g < static_cast<int>(m_tlbLevels.size()); ++g) {
        for (int index : m_tlbLevels[static_cast<size_t>(g)]) {
            Tlb &tlb = m_tlbs[static_cast<size_t>(index)];
            if (!tlb.serves(entry.pageSize))
                continue;
            const Tlb::Fill fill = tlb.insert(va, entry);
            if (steps) {
                Step &s = steps->emplace_back();
                s.stage = Stage::TlbFill;
                s.outcome = Outcome::Ok;
                s.unit = static_cast<int16_t>(index);
                s.set = fill.set;
                s.way = static_cast<int16_t>(fill.way);
                s.vpn = entry.vpn;
                s.physical = entry.frame;
                s.pageSize = entry.pageSize;
                s.evicted = fill.evicted;
                s.victimVpn = fill.victim.vpn;
                s.victimPageSize = fill.victim.pageSize;
            }
        }
    }
}

void Mmu::classify(uint64_t va, uint64_t pageSize, uint32_t probed, uint32_t missed, const int *missStep,
                   std::vector<Step> *steps)
{
    const int shift = std::countr_zero(pageSize);
    if (!m_options.classifyMisses) {
        // Only the miss counters need updating: visit just the arrays that missed and count.
        for (uint32_t bits = probed & missed & m_servingMask[shift]; bits; bits &= bits - 1)
            ++m_counters.tlbs[static_cast<size_t>(std::countr_zero(bits))].misses;
        return;
    }
    for (size_t i = 0; i < m_tlbs.size(); ++i) {
        // Only arrays that were probed saw this reference, and a miss only counts in an array
        // that could have held a page of this size.
        if (!((probed >> i) & 1) || !m_tlbs[i].serves(pageSize))
            continue;
        const bool miss = (missed >> i) & 1;
        MmuCounters::PerTlb &c = m_counters.tlbs[i];
        if (miss)
            ++c.misses;
        const MissKind kind = m_classifiers[i].access(va >> shift, shift, m_pcid, !miss);
        if (kind == MissKind::Compulsory)
            ++c.compulsory;
        else if (kind == MissKind::Capacity)
            ++c.capacity;
        else if (kind == MissKind::Conflict)
            ++c.conflict;
        if (steps && miss)
            (*steps)[static_cast<size_t>(missStep[i])].missKind = kind;
    }
}

Translation Mmu::translate(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps)
{
    const PagingFormat &f = *m_format;
    Translation t;
    t.va = va;
    t.type = type;
    t.privilege = privilege;
    ++m_counters.translations;

    t.canonical = f.isCanonical(va);
    emit(steps, [&](Step &s) {
        s.stage = Stage::Canonical;
        s.outcome = t.canonical ? Outcome::Ok : Outcome::NonCanonical;
    });
    if (!t.canonical) {
        t.fault = FaultKind::GeneralProtection;
        emit(steps, [&](Step &s) {
            s.stage = Stage::Fault;
            s.outcome = Outcome::NonCanonical;
            s.fault = FaultKind::GeneralProtection;
        });
        return t;
    }

    const bool user = privilege == Privilege::User;
    auto violationOf = [&](bool writable, bool userOk, bool executable) {
        uint8_t v = ViolationNone;
        if (user && !userOk)
            v |= ViolationUser;
        if (type == AccessType::Write && !writable)
            v |= ViolationWrite;
        if (type == AccessType::Execute && !executable)
            v |= ViolationExecute;
        return v;
    };
    auto protectionFault = [&](uint8_t violation, int level) {
        t.fault = FaultKind::Protection;
        t.violation = violation;
        t.faultLevel = level;
        emit(steps, [&](Step &s) {
            s.stage = Stage::Fault;
            s.outcome = Outcome::Violation;
            s.fault = FaultKind::Protection;
            s.violation = violation;
            s.level = static_cast<int8_t>(level);
        });
    };

    // --- TLB hierarchy, one level at a time; all arrays of a level are probed in parallel.
    uint32_t probed = 0;  // bit per TLB array that saw this reference
    uint32_t missed = 0;  // bit per probed array that missed
    int missStep[MaxTlbs]; // step index of each probe, when recording
    const TlbEntry *hit = nullptr;
    int hitGroup = -1;
    int hitStep = -1;
    for (size_t g = 0; g < m_tlbLevels.size() && !hit; ++g) {
        const uint32_t latency = m_levelLatency[g];
        t.cycles += latency;
        bool charged = false;
        for (int index : m_tlbLevels[g]) {
            Tlb &tlb = m_tlbs[static_cast<size_t>(index)];
            // After a hit, an array that cannot hold that page size would only miss, which
            // changes nothing: the fast path skips it, the recording path shows the probe.
            if (hit && !steps && !tlb.serves(hit->pageSize))
                continue;
            const Tlb::Lookup l = tlb.lookup(va, m_pcid);
            probed |= 1u << index;
            if (l.hit) {
                ++m_counters.tlbs[static_cast<size_t>(index)].hits;
                if (!hit) {
                    hit = l.entry;
                    hitGroup = static_cast<int>(g);
                }
            } else {
                missed |= 1u << index;
            }
            if (steps) {
                missStep[index] = static_cast<int>(steps->size());
                if (l.hit && hit == l.entry)
                    hitStep = missStep[index];
                Step &s = steps->emplace_back();
                s.stage = Stage::TlbLookup;
                s.outcome = l.hit ? Outcome::Hit : Outcome::Miss;
                s.unit = static_cast<int16_t>(index);
                s.set = l.set;
                s.way = static_cast<int16_t>(l.way);
                s.vpn = va >> std::countr_zero(tlb.config().pageSizes.front());
                s.cycles = charged ? 0 : latency;
                if (l.hit) {
                    s.vpn = l.entry->vpn;
                    s.physical = l.entry->frame;
                    s.pageSize = l.entry->pageSize;
                }
            }
            charged = true;
        }
    }

    if (hit) {
        t.tlbHitLevel = m_tlbs[static_cast<size_t>(m_tlbLevels[static_cast<size_t>(hitGroup)].front())].config().level;
        // Fills below only go to arrays of upper levels, never to the one holding `cached`.
        const TlbEntry &cached = *hit;
        if (const uint8_t v = violationOf(cached.writable, cached.user, cached.executable)) {
            classify(va, cached.pageSize, probed, missed, missStep, steps);
            const int leafLevel = cached.leafLevel;
            // SDM §4.10.4.1: a page fault invalidates the TLB entries of the faulting address.
            for (Tlb &tlb : m_tlbs)
                tlb.invalidate(va, m_pcid);
            protectionFault(v, leafLevel);
            m_counters.cycles += t.cycles;
            return t;
        }
        if (!(type == AccessType::Write && !cached.dirty)) {
            classify(va, cached.pageSize, probed, missed, missStep, steps);
            fillTlbs(va, cached, hitGroup, steps);
            t.pageSize = cached.pageSize;
            t.leafLevel = cached.leafLevel;
            t.physical = cached.frame | (va & (cached.pageSize - 1));
            emit(steps, [&](Step &s) {
                s.stage = Stage::Physical;
                s.outcome = Outcome::Ok;
                s.level = static_cast<int8_t>(t.leafLevel);
                s.physical = t.physical;
                s.pageSize = cached.pageSize;
            });
            m_counters.cycles += t.cycles;
            return t;
        }
        // A write through a clean cached entry: the walker must set D in memory (SDM §4.8).
        if (steps && hitStep >= 0)
            (*steps)[static_cast<size_t>(hitStep)].outcome = Outcome::DirtyAssist;
    }

    // --- Page walk.
    t.walked = true;
    ++m_counters.walks;
    const uint64_t cyclesBeforeWalk = t.cycles;
    bool writable = true;
    bool userOk = true;
    bool executable = true;
    uint64_t table = m_root;
    int start = 0;

    if (!m_walkCaches.empty()) {
        t.cycles += m_walkCacheLatency;
        bool charged = false;
        bool found = false;
        for (int index : m_walkCacheProbeOrder) {
            WalkCache &wc = m_walkCaches[static_cast<size_t>(index)];
            const WalkCache::Entry *e = found ? nullptr : wc.lookup(va, m_pcid);
            if (e) {
                found = true;
                ++m_counters.walkCacheHits[static_cast<size_t>(index)];
                start = wc.level() + 1;
                table = e->nextTable;
                writable = e->writable;
                userOk = e->user;
                executable = e->executable;
            }
            emit(steps, [&](Step &s) {
                s.stage = Stage::WalkCache;
                s.outcome = e ? Outcome::Hit : Outcome::Miss;
                s.unit = static_cast<int16_t>(index);
                s.level = static_cast<int8_t>(wc.level());
                s.cycles = charged ? 0 : m_walkCacheLatency;
                s.tableBase = e ? e->nextTable : 0;
            });
            charged = true;
            if (found)
                break; // a hit at a deeper level makes the upper caches irrelevant
        }
    }
    t.walkStartLevel = start;

    const auto entryBytes = static_cast<uint64_t>(f.entryBytes);
    for (int level = start; level < f.levelCount(); ++level) {
        const uint64_t index = f.index(va, level);
        const uint64_t entryAddress = table + index * entryBytes;
        uint64_t raw = m_memory->read(entryAddress, f.entryBytes);
        const DecodedEntry e = decodeEntry(f, level, raw);
        const EntryCost read = memoryAccess(entryAddress);
        t.cycles += read.cycles;
        ++m_counters.entryReads;

        auto emitRead = [&](Outcome outcome, uint64_t pageSize) {
            emit(steps, [&](Step &rs) {
                rs.stage = Stage::EntryRead;
                rs.outcome = outcome;
                rs.level = static_cast<int8_t>(level);
                rs.cycles = read.cycles;
                rs.servedBy = read.servedBy;
                rs.tableBase = table;
                rs.index = index;
                rs.entryAddress = entryAddress;
                rs.entryValue = raw;
                rs.pageSize = pageSize;
            });
        };

        if (!e.present) {
            emitRead(Outcome::NotPresent, 0);
            t.fault = FaultKind::NotPresent;
            t.faultLevel = level;
            emit(steps, [&](Step &s) {
                s.stage = Stage::Fault;
                s.outcome = Outcome::NotPresent;
                s.fault = FaultKind::NotPresent;
                s.level = static_cast<int8_t>(level);
            });
            break;
        }
        writable = writable && e.writable;
        userOk = userOk && e.user;
        executable = executable && !e.noExecute;

        auto writeBack = [&](uint64_t value) {
            m_memory->write(entryAddress, f.entryBytes, value);
            const EntryCost w = memoryAccess(entryAddress);
            t.cycles += w.cycles;
            emit(steps, [&](Step &ws) {
                ws.stage = Stage::AccessedDirty;
                ws.outcome = Outcome::Ok;
                ws.level = static_cast<int8_t>(level);
                ws.cycles = w.cycles;
                ws.servedBy = w.servedBy;
                ws.entryAddress = entryAddress;
                ws.entryValue = value;
            });
        };

        if (!e.leaf) {
            emitRead(Outcome::NextTable, 0);
            // SDM §4.8: the processor sets A in every paging-structure entry it uses.
            if (!e.accessed) {
                raw |= bitMask(f.entry.accessed);
                writeBack(raw);
            }
            for (WalkCache &wc : m_walkCaches)
                if (wc.level() == level)
                    wc.insert(va, m_pcid, e.frame, writable, userOk, executable);
            table = e.frame;
            continue;
        }

        const uint64_t pageSize = f.levels[level].leafPageSize();
        emitRead(Outcome::Leaf, pageSize);

        if (const uint8_t v = violationOf(writable, userOk, executable)) {
            classify(va, pageSize, probed, missed, missStep, steps);
            protectionFault(v, level);
            break;
        }
        // A on every use of the leaf; D only when the access writes (SDM §4.8).
        uint64_t updated = raw | bitMask(f.entry.accessed);
        if (type == AccessType::Write)
            updated |= bitMask(f.entry.dirty);
        if (updated != raw)
            writeBack(updated);

        t.pageSize = pageSize;
        t.leafLevel = level;
        t.physical = e.frame | (va & (pageSize - 1));
        const DecodedEntry leaf = decodeEntry(f, level, updated);

        classify(va, pageSize, probed, missed, missStep, steps);
        TlbEntry cached;
        cached.vpn = va >> std::countr_zero(pageSize);
        cached.frame = e.frame;
        cached.pageSize = pageSize;
        cached.pcid = m_pcid;
        cached.leafLevel = static_cast<int8_t>(level);
        cached.global = leaf.global;
        cached.writable = writable;
        cached.user = userOk;
        cached.executable = executable;
        cached.dirty = leaf.dirty;
        fillTlbs(va, cached, static_cast<int>(m_tlbLevels.size()), steps);

        emit(steps, [&](Step &s) {
            s.stage = Stage::Physical;
            s.outcome = Outcome::Ok;
            s.level = static_cast<int8_t>(level);
            s.physical = t.physical;
            s.pageSize = pageSize;
        });
        break;
    }
    t.walkCycles = t.cycles - cyclesBeforeWalk;
    m_counters.walkCycles += t.walkCycles;
    m_counters.cycles += t.cycles;
    return t;
}

void Mmu::invlpg(uint64_t va)
{
    for (Tlb &tlb : m_tlbs)
        tlb.invalidate(va, m_pcid);
    for (WalkCache &wc : m_walkCaches)
        wc.flush();
}

void Mmu::flushTlbs(bool keepGlobal)
{
    for (Tlb &tlb : m_tlbs)
        tlb.flush(keepGlobal);
    for (WalkCache &wc : m_walkCaches)
        wc.flush();
}

void Mmu::forgetTableFrame(uint64_t framePhys, uint64_t bytes)
{
    for (int i = 0; i < m_caches.cacheCount(); ++i) {
        const uint32_t line = m_caches.config(i).line;
        for (uint64_t a = framePhys; a < framePhys + bytes; a += line)
            m_caches.invalidateLine(a);
    }
    for (WalkCache &wc : m_walkCaches)
        wc.flush();
}

} // namespace mmu
