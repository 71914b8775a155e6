// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacementpolicy.h"

#include "clockpolicy.h"
#include "fifopolicy.h"
#include "optpolicy.h"
#include "randompolicy.h"
#include "recencypolicy.h"
#include "secondchancepolicy.h"
#include "twolistpolicy.h"

#include <array>
#include <cassert>

namespace mmu {

namespace {

constexpr std::array<PolicyKind, 8> Policies = {
    PolicyKind::Fifo, PolicyKind::Lru, PolicyKind::Mru, PolicyKind::Opt,
    PolicyKind::Clock, PolicyKind::SecondChance, PolicyKind::TwoList, PolicyKind::Random,
};

} // namespace

ReplacementPolicy::ReplacementPolicy(int frames)
    : m_frames(frames > 0 ? frames : 0)
    , m_occupied(static_cast<size_t>(m_frames), false)
{
    assert(frames > 0);
}

// Calls that break the protocol are programming errors: caught by assert in debug builds and
// ignored in release builds, so a slip in a caller cannot corrupt a policy's lists.
void ReplacementPolicy::loaded(int slot, const PageUse &use)
{
    assert(validSlot(slot));
    if (!validSlot(slot))
        return;
    if (m_occupied[static_cast<size_t>(slot)])
        freed(slot);
    m_occupied[static_cast<size_t>(slot)] = true;
    ++m_resident;
    onLoaded(slot, use);
}

void ReplacementPolicy::hit(int slot, const PageUse &use)
{
    assert(occupied(slot));
    if (occupied(slot))
        onHit(slot, use);
}

void ReplacementPolicy::freed(int slot)
{
    if (!occupied(slot))
        return;
    onFreed(slot);
    m_occupied[static_cast<size_t>(slot)] = false;
    --m_resident;
}

std::optional<int> ReplacementPolicy::chooseVictim(const LockedSlots &locked)
{
    if (m_resident == 0)
        return std::nullopt;
    const std::optional<int> victim = pickVictim(locked);
    assert(!victim || evictable(*victim, locked));
    return victim;
}

bool ReplacementPolicy::referenceBit(int) const
{
    return false;
}

std::span<const PolicyKind> allPolicies()
{
    return Policies;
}

std::string_view policyName(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Fifo:
        return "fifo";
    case PolicyKind::Lru:
        return "lru";
    case PolicyKind::Mru:
        return "mru";
    case PolicyKind::Opt:
        return "opt";
    case PolicyKind::Clock:
        return "clock";
    case PolicyKind::SecondChance:
        return "second-chance";
    case PolicyKind::TwoList:
        return "two-list";
    case PolicyKind::Random:
        return "rand";
    }
    return {};
}

std::optional<PolicyKind> policyFromName(std::string_view name)
{
    for (PolicyKind kind : Policies) {
        if (policyName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::unique_ptr<ReplacementPolicy> makePolicy(PolicyKind kind, int frames, uint64_t seed)
{
    switch (kind) {
    case PolicyKind::Fifo:
        return std::make_unique<FifoPolicy>(frames);
    case PolicyKind::Lru:
        return std::make_unique<RecencyPolicy>(frames, RecencyPolicy::Evict::LeastRecent);
    case PolicyKind::Mru:
        return std::make_unique<RecencyPolicy>(frames, RecencyPolicy::Evict::MostRecent);
    case PolicyKind::Opt:
        return std::make_unique<OptPolicy>(frames);
    case PolicyKind::Clock:
        return std::make_unique<ClockPolicy>(frames);
    case PolicyKind::SecondChance:
        return std::make_unique<SecondChancePolicy>(frames);
    case PolicyKind::TwoList:
        return std::make_unique<TwoListPolicy>(frames);
    case PolicyKind::Random:
        return std::make_unique<RandomPolicy>(frames, seed);
    }
    return nullptr;
}

} // namespace mmu
