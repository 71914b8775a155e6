// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencestring.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace mmu {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string describeCharacter(unsigned char c)
{
    if (c == ' ')
        return "space";
    if (c >= 0x21 && c < 0x7f)
        return std::string("'") + static_cast<char>(c) + "'";
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    return std::string("byte ") + buf;
}

ReferenceStringError makeError(ReferenceStringError::Kind kind, int item, size_t index, std::string_view text)
{
    ReferenceStringError e;
    e.kind = kind;
    e.item = item;
    e.column = static_cast<int>(index) + 1;
    if (index < text.size())
        e.character = static_cast<unsigned char>(text[index]);
    return e;
}

} // namespace

std::string ReferenceStringError::message() const
{
    const std::string where = "item " + std::to_string(item) + " at column " + std::to_string(column);
    switch (kind) {
    case Kind::Empty:
        return "no page references: give page numbers separated by commas, such as 1,2,3,1";
    case Kind::EmptyItem:
        return where + " is empty";
    case Kind::NotANumber:
        return where + ": " + describeCharacter(character) + " is not a page number";
    case Kind::Negative:
        return where + ": page numbers cannot be negative";
    case Kind::TooLarge:
        return where + ": page number " + digits + " is too large (at most "
            + std::to_string(std::numeric_limits<uint64_t>::max()) + ")";
    case Kind::TrailingCharacter:
        return where + ": unexpected " + describeCharacter(character)
            + " after the page number (only a 'w' may follow, marking a write)";
    }
    return {};
}

ReferenceString::ReferenceString(std::vector<PageReference> references)
    : m_references(std::move(references))
{
}

Result<ReferenceString, ReferenceStringError> ReferenceString::parse(std::string_view text)
{
    using Kind = ReferenceStringError::Kind;
    if (std::all_of(text.begin(), text.end(), isSpace))
        return makeError(Kind::Empty, 1, 0, text);

    std::vector<PageReference> refs;
    size_t pos = 0;
    for (int item = 1;; ++item) {
        const size_t end = std::min(text.find(',', pos), text.size());
        size_t b = pos;
        size_t e = end;
        while (b < e && isSpace(text[b]))
            ++b;
        while (e > b && isSpace(text[e - 1]))
            --e;
        if (b == e)
            return makeError(Kind::EmptyItem, item, b, text);
        if (text[b] == '-' && b + 1 < e && isDigit(text[b + 1]))
            return makeError(Kind::Negative, item, b, text);
        if (!isDigit(text[b]))
            return makeError(Kind::NotANumber, item, b, text);

        PageReference ref;
        size_t i = b;
        bool tooLarge = false;
        constexpr uint64_t Max = std::numeric_limits<uint64_t>::max();
        for (; i < e && isDigit(text[i]); ++i) {
            const auto d = static_cast<uint64_t>(text[i] - '0');
            if (ref.page > (Max - d) / 10)
                tooLarge = true;
            else
                ref.page = ref.page * 10 + d;
        }
        if (tooLarge) {
            ReferenceStringError err = makeError(Kind::TooLarge, item, b, text);
            err.digits = std::string(text.substr(b, i - b));
            return err;
        }
        if (i < e && (text[i] == 'w' || text[i] == 'W')) {
            ref.write = true;
            ++i;
        }
        if (i < e)
            return makeError(Kind::TrailingCharacter, item, i, text);
        refs.push_back(ref);

        if (end == text.size())
            break;
        pos = end + 1;
    }
    return ReferenceString(std::move(refs));
}

ReferenceRun ReferenceString::replay(ReplacementPolicy &policy, bool recordSteps) const
{
    const size_t n = m_references.size();
    const int frames = policy.frames();
    for (int s = 0; s < frames; ++s)
        policy.freed(s);

    // Number the distinct pages densely so the loop below needs only arrays.
    std::vector<uint64_t> distinct;
    distinct.reserve(n);
    for (const PageReference &r : m_references)
        distinct.push_back(r.page);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<size_t> id(n);
    for (size_t i = 0; i < n; ++i)
        id[i] = static_cast<size_t>(std::lower_bound(distinct.begin(), distinct.end(), m_references[i].page) - distinct.begin());

    // Position of each reference's next use of the same page, for OPT.
    std::vector<uint64_t> nextUse(n);
    std::vector<uint64_t> seen(distinct.size(), PageUse::NeverUsed);
    for (size_t i = n; i-- > 0;) {
        nextUse[i] = seen[id[i]];
        seen[id[i]] = i;
    }

    constexpr size_t Empty = ~size_t{0};
    std::vector<int> slotOf(distinct.size(), -1);
    std::vector<size_t> pageIn(static_cast<size_t>(frames), Empty);
    std::vector<bool> dirty(static_cast<size_t>(frames), false);
    int used = 0;

    ReferenceRun run;
    if (recordSteps)
        run.steps.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const PageReference &ref = m_references[i];
        ReferenceStep step;
        step.page = ref.page;
        step.write = ref.write;
        int slot = slotOf[id[i]];
        if (slot >= 0) {
            step.hit = true;
            ++run.hits;
            const auto s = static_cast<size_t>(slot);
            dirty[s] = dirty[s] || ref.write;
            policy.hit(slot, PageUse{true, dirty[s], nextUse[i]});
        } else {
            ++run.misses;
            if (used < frames) {
                slot = used++;
            } else if (std::optional<int> victim = policy.chooseVictim()) {
                slot = *victim;
                const auto s = static_cast<size_t>(slot);
                step.victim = distinct[pageIn[s]];
                step.victimDirty = dirty[s];
                run.writeBacks += dirty[s] ? 1 : 0;
                slotOf[pageIn[s]] = -1;
            }
            if (slot >= 0) {
                const auto s = static_cast<size_t>(slot);
                pageIn[s] = id[i];
                dirty[s] = ref.write;
                slotOf[id[i]] = slot;
                policy.loaded(slot, PageUse{true, ref.write, nextUse[i]});
            }
        }
        if (!recordSteps)
            continue;
        step.slot = slot;
        step.frames.resize(static_cast<size_t>(frames));
        for (size_t s = 0; s < pageIn.size(); ++s) {
            if (pageIn[s] != Empty)
                step.frames[s] = distinct[pageIn[s]];
        }
        step.hand = policy.hand();
        if (step.hand) {
            step.referenced.resize(static_cast<size_t>(frames));
            for (int s = 0; s < frames; ++s)
                step.referenced[static_cast<size_t>(s)] = policy.referenceBit(s);
        }
        run.steps.push_back(std::move(step));
    }
    return run;
}

} // namespace mmu
