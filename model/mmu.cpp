// SPDX-License-Identifier: GPL-3.0-or-later
#include "mmu.h"

#include "pageentry.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace mmu {

namespace {

/** Builds and appends a step only when recording: the fast path never constructs one. */
template <bool Record, class Fill>
inline void emit(std::vector<Step> *steps, Fill &&fill)
{
    if constexpr (Record) {
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
    if (format.vaBits < 64) {
        // The same masks as PagingFormat::canonicalize.
        m_vaLowMask = (uint64_t{1} << format.vaBits) - 1;
        m_vaSignBit = format.signExtended ? uint64_t{1} << (format.vaBits - 1) : 0;
        m_vaUpperBits = format.addressBits >= 64 ? ~uint64_t{0} << format.vaBits
                                                 : ((uint64_t{1} << format.addressBits) - 1) & (~uint64_t{0} << format.vaBits);
    }
    arrangeTlbs(machine);
    setUpLevels(format);
    if (machine.walkCaches.size() > MaxWalkCaches)
        throw std::invalid_argument("more than 64 walk caches");
    for (const WalkCacheConfig &w : machine.walkCaches) {
        const int level = levelIndex(format, w.level);
        if (level < 0 || level >= format.levelCount() - 1)
            throw std::invalid_argument("walk cache for a level the format does not have: " + w.level);
        m_walkCaches.emplace_back(w, level, format.levels[level].indexLo);
        m_walkCacheLatency = std::max(m_walkCacheLatency, w.latency);
    }
    for (size_t i = 0; i < m_walkCaches.size(); ++i) {
        m_walkCacheProbeOrder.push_back(static_cast<int>(i));
        m_levelWalk[static_cast<size_t>(m_walkCaches[i].level())].walkCaches |= uint64_t{1} << i;
    }
    std::sort(m_walkCacheProbeOrder.begin(), m_walkCacheProbeOrder.end(),
              [this](int a, int b) { return m_walkCaches[a].level() > m_walkCaches[b].level(); });
    resetCounters();
}

void Mmu::arrangeTlbs(const MachineConfig &machine)
{
    if (machine.tlbs.size() > MaxTlbs)
        throw std::invalid_argument("more than 16 TLB arrays");
    static_assert(MaxTlbs < 32, "masks over TLB arrays are 32-bit");
    uint64_t seed = 0x6d6d756c6162; // "mmulab": random replacement is seeded, hence reproducible
    m_tlbCount = static_cast<int>(machine.tlbs.size());
    for (const TlbConfig &t : machine.tlbs) {
        for (uint64_t size : t.pageSizes)
            m_servingMask[static_cast<size_t>(std::countr_zero(size))] |= 1u << m_tlbs.size();
        m_tlbs.emplace_back(t, seed++);
        m_classifiers.emplace_back(m_options.classifyMisses ? t.entries : 1);
    }
    // Levels in increasing order; the arrays of a level in machine order.
    std::vector<int> levels;
    for (const TlbConfig &t : machine.tlbs)
        levels.push_back(t.level);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    int position = 0;
    for (int level : levels) {
        const int g = m_groupCount++;
        TlbGroup &group = m_groups[static_cast<size_t>(g)];
        group.first = position;
        group.level = level;
        m_firstOfGroup |= 1u << position;
        for (size_t i = 0; i < machine.tlbs.size(); ++i) {
            if (machine.tlbs[i].level != level)
                continue;
            for (uint64_t size : machine.tlbs[i].pageSizes)
                m_servingPositions[static_cast<size_t>(std::countr_zero(size))] |= 1u << position;
            m_groupOf[static_cast<size_t>(position)] = g;
            m_probeOrder[static_cast<size_t>(position++)] = static_cast<int>(i);
            group.latency = std::max(group.latency, machine.tlbs[i].latency);
        }
        group.count = position - group.first;
        m_tlbLatency += group.latency;
        group.latencyThrough = m_tlbLatency;
        for (int p = group.first; p < position; ++p)
            for (int later = p + 1; later < position; ++later)
                m_laterInGroup[static_cast<size_t>(m_probeOrder[static_cast<size_t>(p)])] |=
                    1u << m_probeOrder[static_cast<size_t>(later)];
    }
    arrangeFastPath(machine);
}

void Mmu::arrangeFastPath(const MachineConfig &machine)
{
    // probeFast() serves a hit when nothing else about it needs doing: no miss classification,
    // and no other array probed with it that holds the page size (its probe would count a miss).
    if (m_tlbCount == 0 || m_options.classifyMisses)
        return;
    auto firstShift = [&](int index) {
        const std::vector<uint64_t> &sizes = machine.tlbs[static_cast<size_t>(index)].pageSizes;
        return sizes.empty() ? -1 : std::countr_zero(sizes.front());
    };
    const int first = m_probeOrder[0];
    const int shift = firstShift(first);
    if (shift < 0 || (m_laterInGroup[static_cast<size_t>(first)] & m_servingMask[static_cast<size_t>(shift)]) != 0)
        return;
    m_fast.first = 1u << first;
    m_fast.firstIndex = first;
    if (m_groupCount < 2)
        return;
    // Level 2's first array, for the page size it looks up first: the first level's arrays
    // besides the first must not hold that size (the shortcut does not probe them, so it takes
    // them only when they are empty), nor may the rest of level 2.
    const int second = m_probeOrder[static_cast<size_t>(m_groups[1].first)];
    const int secondShift = firstShift(second);
    if (secondShift < 0)
        return;
    uint32_t firstLevel = 0;
    for (int p = 0; p < m_groups[1].first; ++p)
        firstLevel |= 1u << m_probeOrder[static_cast<size_t>(p)];
    const uint32_t serving = m_servingMask[static_cast<size_t>(secondShift)];
    if ((serving & firstLevel & ~m_fast.first) != 0 || (m_laterInGroup[static_cast<size_t>(second)] & serving) != 0)
        return;
    m_fast.second = 1u << second;
    m_fast.secondIndex = second;
    m_fast.firstLevelOthers = firstLevel & ~m_fast.first;
    m_fast.fillFirst = (serving & m_fast.first) != 0;
    m_fast.sameFirstSize = secondShift == shift;
}

void Mmu::setUpLevels(const PagingFormat &format)
{
    const EntryLayout &e = format.entry;
    m_x86Entries = format.style == EntryStyle::X86;
    m_bits = {bitMask(e.present), bitMask(e.writable), bitMask(e.user),     bitMask(e.accessed),
              bitMask(e.dirty),   bitMask(e.global),   bitMask(e.noExecute)};
    m_entryBytes = static_cast<uint64_t>(format.entryBytes);
    // Physical-address bits lo..physBits-1 (x86 stores them in place), as pageentry.cpp reads them.
    const uint64_t below = format.physBits >= 64 ? ~uint64_t{0} : (uint64_t{1} << format.physBits) - 1;
    auto frameMask = [&](int lo) { return below & (~uint64_t{0} << lo); };
    m_tableFrameMask = frameMask(format.pageShift);
    for (int i = 0; i < format.levelCount(); ++i) {
        const PagingLevel &l = format.levels[static_cast<size_t>(i)];
        LevelWalk w;
        w.indexShift = l.indexLo;
        w.indexMask = l.entryCount() - 1;
        w.last = i == format.levelCount() - 1;
        // In a PTE bit 7 is PAT, not PS: only a level that may hold a leaf reads it.
        w.pageSizeBit = !w.last && l.mayBeLeaf ? bitMask(e.pageSize) : 0;
        w.leafFrameMask = frameMask(l.indexLo);
        w.pageSize = l.leafPageSize();
        w.pageShift = l.indexLo;
        m_levelWalk.push_back(w);
    }
}

void Mmu::resetCounters()
{
    m_counters = MmuCounters{};
    m_counters.tlbs.resize(m_tlbs.size());
    m_counters.walkCacheHits.resize(m_walkCaches.size());
}

template <bool Record>
void Mmu::fillTlbs(uint64_t va, const TlbEntry &entry, int uptoGroup, uint32_t missed, std::vector<Step> *steps)
{
    const int end = uptoGroup < m_groupCount ? m_groups[static_cast<size_t>(uptoGroup)].first : m_tlbCount;
    // The positions (in probe order) of the arrays that hold pages of this size, up to `end`.
    uint32_t positions = m_servingPositions[static_cast<size_t>(std::countr_zero(entry.pageSize))] & ((1u << end) - 1);
    for (; positions; positions &= positions - 1) {
        const int index = m_probeOrder[static_cast<size_t>(std::countr_zero(positions))];
        Tlb &tlb = m_tlbs[static_cast<size_t>(index)];
        m_occupied |= 1u << index;
        // An array that was just probed for this page and missed cannot hold it: no search.
        const bool missing = (missed >> index) & 1;
        if constexpr (!Record) {
            if (missing)
                tlb.fillMissing(va, entry);
            else
                tlb.insert(va, entry);
        } else {
            const Tlb::Fill fill = missing ? tlb.insertMissing(va, entry) : tlb.insert(va, entry);
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

template <bool Record>
inline void Mmu::classify(uint64_t va, int shift, ProbedArrays probes, const int *missStep, std::vector<Step> *steps)
{
    // Only arrays that were probed saw this reference, and a miss only counts in an array
    // that could have held a page of this size.
    const uint32_t relevant = probes.probed & m_servingMask[static_cast<size_t>(shift)];
    if (!m_options.classifyMisses) {
        // Only the miss counters need updating: visit just the arrays that missed and count.
        for (uint32_t bits = relevant & probes.missed; bits; bits &= bits - 1)
            ++m_counters.tlbs[static_cast<size_t>(std::countr_zero(bits))].misses;
        return;
    }
    classifyMisses<Record>(va, shift, relevant, probes.missed, missStep, steps);
}

template <bool Record>
void Mmu::classifyMisses(uint64_t va, int shift, uint32_t relevant, uint32_t missed, const int *missStep,
                         std::vector<Step> *steps)
{
    for (uint32_t bits = relevant; bits; bits &= bits - 1) {
        const auto i = static_cast<size_t>(std::countr_zero(bits));
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
        if constexpr (Record) {
            if (miss)
                (*steps)[static_cast<size_t>(missStep[i])].missKind = kind;
        }
    }
}

template <bool Record>
void Mmu::protectionFault(Translation &t, uint8_t violation, int level, std::vector<Step> *steps)
{
    t.fault = FaultKind::Protection;
    t.violation = violation;
    t.faultLevel = level;
    emit<Record>(steps, [&](Step &s) {
        s.stage = Stage::Fault;
        s.outcome = Outcome::Violation;
        s.fault = FaultKind::Protection;
        s.violation = violation;
        s.level = static_cast<int8_t>(level);
    });
}

template <bool Record>
const TlbEntry *Mmu::probeArray(int index, uint64_t va, uint32_t chargedCycles, TlbProbe &probe, int *missStep,
                                std::vector<Step> *steps)
{
    const uint32_t bit = 1u << index;
    probe.probed |= bit;
    Tlb &tlb = m_tlbs[static_cast<size_t>(index)];
    const TlbEntry *entry;
    if constexpr (Record) {
        const Tlb::Lookup l = tlb.lookup(va, m_pcid);
        entry = l.entry;
        missStep[index] = static_cast<int>(steps->size());
        Step &s = steps->emplace_back();
        s.stage = Stage::TlbLookup;
        s.outcome = l.hit ? Outcome::Hit : Outcome::Miss;
        s.unit = static_cast<int16_t>(index);
        s.set = l.set;
        s.way = static_cast<int16_t>(l.way);
        s.vpn = va >> std::countr_zero(tlb.config().pageSizes.front());
        s.cycles = chargedCycles;
        if (l.hit) {
            s.vpn = l.entry->vpn;
            s.physical = l.entry->frame;
            s.pageSize = l.entry->pageSize;
        }
    } else {
        // A probe that misses changes no state, and an empty array can only miss.
        entry = (m_occupied & bit) ? tlb.find(va, m_pcid) : nullptr;
    }
    if (entry)
        ++m_counters.tlbs[static_cast<size_t>(index)].hits;
    else
        probe.missed |= bit;
    return entry;
}

template <bool Record>
Mmu::TlbProbe Mmu::probeTlbs(uint64_t va, int *missStep, std::vector<Step> *steps, bool firstMissed)
{
    TlbProbe probe;
    int p = 0;
    if (firstMissed) {
        probe.probed = probe.missed = 1u << m_probeOrder[0];
        p = 1;
    }
    for (; p < m_tlbCount; ++p) {
        const int index = m_probeOrder[static_cast<size_t>(p)];
        const int group = m_groupOf[static_cast<size_t>(p)];
        // The arrays of a level are probed in parallel: the level's latency is charged once.
        const uint32_t charged = ((m_firstOfGroup >> p) & 1) ? m_groups[static_cast<size_t>(group)].latency : 0;
        const TlbEntry *hit = probeArray<Record>(index, va, charged, probe, missStep, steps);
        if (!hit)
            continue; // on to the next array of this level, or to the next level
        probe.hit = hit;
        probe.hitShift = std::countr_zero(hit->pageSize);
        probe.hitGroup = group;
        if constexpr (Record)
            probe.hitStep = missStep[index];
        // The rest of this level is probed too; the levels after it are not. The recording
        // path shows every probe, but only arrays that can hold a page of this size can
        // count a hit or a miss, so the fast path probes just those.
        uint32_t rest = m_laterInGroup[static_cast<size_t>(index)];
        if constexpr (!Record)
            rest &= m_servingMask[static_cast<size_t>(probe.hitShift)];
        for (; rest; rest &= rest - 1)
            probeArray<Record>(std::countr_zero(rest), va, 0, probe, missStep, steps);
        break;
    }
    return probe;
}

template <bool Record>
void Mmu::translateImpl(Translation &t, uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps,
                        bool firstMissed)
{
    t = Translation{};
    t.va = va;
    t.type = type;
    t.privilege = privilege;
    ++m_counters.translations;

    t.canonical = isCanonical(va);
    emit<Record>(steps, [&](Step &s) {
        s.stage = Stage::Canonical;
        s.outcome = t.canonical ? Outcome::Ok : Outcome::NonCanonical;
    });
    if (!t.canonical) [[unlikely]] {
        t.fault = FaultKind::GeneralProtection;
        emit<Record>(steps, [&](Step &s) {
            s.stage = Stage::Fault;
            s.outcome = Outcome::NonCanonical;
            s.fault = FaultKind::GeneralProtection;
        });
        return;
    }

    // --- TLB hierarchy, one level at a time; all arrays of a level are probed in parallel.
    int missStep[MaxTlbs]; // step index of each probe, when recording
    const TlbProbe probe = probeTlbs<Record>(va, missStep, steps, firstMissed);
    // Every level up to the one that hit (or all of them) charged its latency.
    uint64_t cycles = probe.hit ? m_groups[static_cast<size_t>(probe.hitGroup)].latencyThrough : m_tlbLatency;
    const ProbedArrays probes{probe.probed, probe.missed};
    const TlbEntry *hit = probe.hit;
    const int hitGroup = probe.hitGroup;
    const int hitStep = probe.hitStep;
    if (hit) {
        t.tlbHitLevel = m_groups[static_cast<size_t>(hitGroup)].level;
        // Fills below only go to arrays of upper levels, never to the one holding `cached`.
        const TlbEntry &cached = *hit;
        if (const uint8_t v = violationOf(type, privilege, cached.writable, cached.user, cached.executable))
            [[unlikely]] {
            classify<Record>(va, probe.hitShift, probes, missStep, steps);
            const int leafLevel = cached.leafLevel;
            // SDM §4.10.4.1: a page fault invalidates the TLB entries of the faulting address.
            for (Tlb &array : m_tlbs)
                array.invalidate(va, m_pcid);
            noteEmptiedTlbs();
            protectionFault<Record>(t, v, leafLevel, steps);
            t.cycles = cycles;
            m_counters.cycles += cycles;
            return;
        }
        if (!(type == AccessType::Write && !cached.dirty)) [[likely]] {
            classify<Record>(va, probe.hitShift, probes, missStep, steps);
            if (hitGroup > 0) // a hit on the first level has nothing to fill
                fillTlbs<Record>(va, cached, hitGroup, probes.missed, steps);
            t.pageSize = cached.pageSize;
            t.leafLevel = cached.leafLevel;
            t.physical = cached.frame | (va & (cached.pageSize - 1));
            emit<Record>(steps, [&](Step &s) {
                s.stage = Stage::Physical;
                s.outcome = Outcome::Ok;
                s.level = static_cast<int8_t>(t.leafLevel);
                s.physical = t.physical;
                s.pageSize = cached.pageSize;
            });
            t.cycles = cycles;
            m_counters.cycles += cycles;
            return;
        }
        // A write through a clean cached entry: the walker must set D in memory (SDM §4.8).
        if constexpr (Record) {
            if (hitStep >= 0)
                (*steps)[static_cast<size_t>(hitStep)].outcome = Outcome::DirtyAssist;
        }
    }
    t.cycles = cycles;
    walk<Record>(va, t, probes, missStep, steps);
}

template <bool Record>
void Mmu::walk(uint64_t va, Translation &t, ProbedArrays probes, const int *missStep, std::vector<Step> *steps)
{
    const PagingFormat &f = *m_format;
    const AccessType type = t.type;
    t.walked = true;
    ++m_counters.walks;
    const uint64_t cyclesBeforeWalk = t.cycles;
    uint64_t cycles = t.cycles;
    bool writable = true;
    bool userOk = true;
    bool executable = true;
    uint64_t table = m_root;
    int start = 0;

    if (!m_walkCaches.empty()) {
        cycles += m_walkCacheLatency;
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
            emit<Record>(steps, [&](Step &s) {
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

    const int levelCount = f.levelCount();

    for (int level = start; level < levelCount; ++level) {
        const LevelWalk &lw = m_levelWalk[static_cast<size_t>(level)];
        const uint64_t index = (va >> lw.indexShift) & lw.indexMask;
        const uint64_t entryAddress = table + index * m_entryBytes;
        uint64_t raw = m_memory->read(entryAddress, f.entryBytes);
        const DecodedEntry e = decode(level, raw);
        const CacheHierarchy::Access read = m_caches.access(entryAddress);
        cycles += read.cycles;
        ++m_counters.entryReads;

        auto emitRead = [&](Outcome outcome, uint64_t pageSize) {
            emit<Record>(steps, [&](Step &rs) {
                rs.stage = Stage::EntryRead;
                rs.outcome = outcome;
                rs.level = static_cast<int8_t>(level);
                rs.cycles = read.cycles;
                rs.servedBy = static_cast<int8_t>(read.level);
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
            emit<Record>(steps, [&](Step &s) {
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
            const CacheHierarchy::Access w = m_caches.access(entryAddress);
            cycles += w.cycles;
            emit<Record>(steps, [&](Step &ws) {
                ws.stage = Stage::AccessedDirty;
                ws.outcome = Outcome::Ok;
                ws.level = static_cast<int8_t>(level);
                ws.cycles = w.cycles;
                ws.servedBy = static_cast<int8_t>(w.level);
                ws.entryAddress = entryAddress;
                ws.entryValue = value;
            });
        };

        if (!e.leaf) {
            emitRead(Outcome::NextTable, 0);
            // SDM §4.8: the processor sets A in every paging-structure entry it uses.
            if (const uint64_t used = markUsed(level, raw); used != raw) {
                raw = used;
                writeBack(raw);
            }
            for (uint64_t caches = lw.walkCaches; caches; caches &= caches - 1)
                m_walkCaches[static_cast<size_t>(std::countr_zero(caches))].insert(va, m_pcid, e.frame, writable,
                                                                                    userOk, executable);
            table = e.frame;
            continue;
        }

        const uint64_t pageSize = lw.pageSize;
        emitRead(Outcome::Leaf, pageSize);

        if (const uint8_t v = violationOf(type, t.privilege, writable, userOk, executable)) {
            classify<Record>(va, lw.pageShift, probes, missStep, steps);
            protectionFault<Record>(t, v, level, steps);
            break;
        }
        // A on every use of the leaf; D only when the access writes (SDM §4.8).
        uint64_t updated = markUsed(level, raw);
        if (type == AccessType::Write)
            updated = markWritten(level, updated);
        if (updated != raw)
            writeBack(updated);

        t.pageSize = pageSize;
        t.leafLevel = level;
        t.physical = e.frame | (va & (pageSize - 1));

        classify<Record>(va, lw.pageShift, probes, missStep, steps);
        TlbEntry cached;
        cached.vpn = va >> lw.pageShift;
        cached.frame = e.frame;
        cached.pageSize = pageSize;
        cached.pcid = m_pcid;
        cached.leafLevel = static_cast<int8_t>(level);
        cached.global = decode(level, updated).global;
        cached.writable = writable;
        cached.user = userOk;
        cached.executable = executable;
        // Dirty: a write needs no entry update (x86: D is set; a format with nothing that records
        // writes is never written back for them).
        cached.dirty = markWritten(level, updated) == updated;
        fillTlbs<Record>(va, cached, m_groupCount, probes.missed, steps);

        emit<Record>(steps, [&](Step &s) {
            s.stage = Stage::Physical;
            s.outcome = Outcome::Ok;
            s.level = static_cast<int8_t>(level);
            s.physical = t.physical;
            s.pageSize = pageSize;
        });
        break;
    }
    t.cycles = cycles;
    t.walkCycles = cycles - cyclesBeforeWalk;
    m_counters.walkCycles += t.walkCycles;
    m_counters.cycles += cycles;
}

// Mmu::translate (inline in the header) calls both; their code lives here.
template void Mmu::translateImpl<true>(Translation &, uint64_t, AccessType, Privilege, std::vector<Step> *, bool);
template void Mmu::translateImpl<false>(Translation &, uint64_t, AccessType, Privilege, std::vector<Step> *, bool);

void Mmu::prefetch(uint64_t va) const
{
    for (uint32_t arrays = m_occupied; arrays; arrays &= arrays - 1)
        m_tlbs[static_cast<size_t>(std::countr_zero(arrays))].prefetch(va);
    // The walk as memory stands, reading entries but writing nothing: the upper levels' entries
    // are few and stay in the host's caches; the last entry reached is the one worth fetching.
    uint64_t table = m_root;
    const int levelCount = m_format->levelCount();
    for (int level = 0; level < levelCount; ++level) {
        const LevelWalk &lw = m_levelWalk[static_cast<size_t>(level)];
        const uint64_t entryAddress = table + ((va >> lw.indexShift) & lw.indexMask) * m_entryBytes;
        const void *host = m_memory->hostAddress(entryAddress);
        if (!host)
            return;
        __builtin_prefetch(host);
        m_caches.prefetch(entryAddress);
        if (level + 1 == levelCount)
            return;
        const DecodedEntry e = decode(level, m_memory->read(entryAddress, m_format->entryBytes));
        if (!e.present || e.leaf)
            return;
        table = e.frame;
    }
}

void Mmu::noteEmptiedTlbs()
{
    m_occupied = 0;
    for (int i = 0; i < m_tlbCount; ++i)
        if (!m_tlbs[static_cast<size_t>(i)].empty())
            m_occupied |= 1u << i;
}

void Mmu::invlpg(uint64_t va)
{
    for (Tlb &tlb : m_tlbs)
        tlb.invalidate(va, m_pcid);
    noteEmptiedTlbs();
    for (WalkCache &wc : m_walkCaches)
        wc.flush();
}

void Mmu::flushTlbs(bool keepGlobal)
{
    for (Tlb &tlb : m_tlbs)
        tlb.flush(keepGlobal);
    noteEmptiedTlbs();
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
