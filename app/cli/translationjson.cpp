// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationjson.h"

#include "address.h"
#include "entrydescription.h"
#include "pageentry.h"
#include "stepnames.h"

namespace cli {

using nlohmann::json;

namespace {

json stepToJson(const mmu::PagingFormat &f, const mmu::Step &s)
{
    json j{{"stage", mmu::toId(s.stage)}, {"outcome", mmu::toId(s.outcome)}, {"cycles", s.cycles}};
    if (s.level >= 0)
        j["level"] = f.levels[static_cast<size_t>(s.level)].name;
    switch (s.stage) {
    case mmu::Stage::EntryRead: {
        const mmu::EntryDescription d = mmu::describeEntry(f, s.level, s.entryValue);
        const mmu::DecodedEntry &e = d.decoded;
        j["table"] = mmu::hex(s.tableBase);
        j["index"] = s.index;
        j["entry_address"] = mmu::hex(s.entryAddress);
        j["entry_value"] = mmu::hex(s.entryValue);
        j["entry"] = d.entryName;
        j["kind"] = mmu::toId(d.kind);
        j["flags"] = mmu::flagNames(f, s.level, s.entryValue);
        for (const mmu::EntryField &field : d.fields)
            j["fields"][std::string(field.name)] = field.value;
        if (e.reserved)
            j["reserved"] = true;
        if (e.misaligned)
            j["misaligned"] = true;
        if (e.present)
            j["frame"] = mmu::hex(e.frame);
        if (s.pageSize)
            j["page_size"] = s.pageSize;
        break;
    }
    case mmu::Stage::AccessedDirty:
        j["entry_address"] = mmu::hex(s.entryAddress);
        j["entry_value"] = mmu::hex(s.entryValue);
        break;
    case mmu::Stage::Fault:
        j["fault"] = mmu::toId(s.fault);
        if (s.violation)
            j["violation"] = mmu::violationIds(s.violation);
        break;
    case mmu::Stage::Physical:
        j["physical"] = mmu::hex(s.physical);
        j["page_size"] = s.pageSize;
        break;
    case mmu::Stage::TlbLookup:
    case mmu::Stage::TlbFill:
        j["tlb"] = s.unit;
        j["set"] = s.set;
        j["vpn"] = mmu::hex(s.vpn);
        if (s.way >= 0)
            j["way"] = s.way;
        if (s.stage == mmu::Stage::TlbLookup && s.missKind != mmu::MissKind::None)
            j["miss_kind"] = mmu::toId(s.missKind);
        if (s.pageSize)
            j["page_size"] = s.pageSize;
        if (s.stage == mmu::Stage::TlbFill && s.evicted) {
            j["evicted_vpn"] = mmu::hex(s.victimVpn);
            j["evicted_page_size"] = s.victimPageSize;
        }
        break;
    case mmu::Stage::WalkCache:
        j["walk_cache"] = s.unit;
        if (s.outcome == mmu::Outcome::Hit)
            j["next_table"] = mmu::hex(s.tableBase);
        break;
    case mmu::Stage::Handler:
        j["action"] = mmu::toId(s.action);
        if (s.osFault != mmu::OsFault::None)
            j["os_fault"] = mmu::toId(s.osFault);
        if (s.vpn)
            j["page"] = mmu::hex(s.vpn << f.pageShift);
        if (s.physical || s.action == mmu::HandlerAction::AllocateFrame)
            j["frame"] = mmu::hex(s.physical);
        if (s.entryAddress)
            j["entry_address"] = mmu::hex(s.entryAddress);
        if (s.action == mmu::HandlerAction::UpdatePte)
            j["entry_value"] = mmu::hex(s.entryValue);
        if (s.pageSize)
            j["page_size"] = s.pageSize;
        break;
    case mmu::Stage::Canonical:
        break;
    }
    return j;
}

} // namespace

json translationToJson(const mmu::PagingFormat &f, const mmu::AccessResult &access, const std::vector<mmu::Step> &steps)
{
    const mmu::Translation &t = access.translation;
    json fields = json::array();
    for (const mmu::AddressField &field : mmu::sliceAddress(t.va, f))
        fields.push_back({{"name", field.name}, {"hi", field.hi}, {"lo", field.lo}, {"value", field.value}});
    json jsteps = json::array();
    for (const mmu::Step &s : steps)
        jsteps.push_back(stepToJson(f, s));

    json j{
        {"address", mmu::hex(t.va)},
        {"format", f.id},
        {"access", mmu::toId(t.type)},
        {"mode", mmu::toId(t.privilege)},
        {"canonical", t.canonical},
        {"fields", fields},
        {"physical", t.ok() ? json(mmu::hex(t.physical)) : json(nullptr)},
        {"page_size", t.ok() ? json(t.pageSize) : json(nullptr)},
        {"fault", t.ok() ? json(nullptr) : json(mmu::toId(t.fault))},
        {"os_fault", access.fault == mmu::OsFault::None ? json(nullptr) : json(mmu::toId(access.fault))},
        {"steps", jsteps},
        {"cycles", access.cycles},
    };
    if (!t.ok() && t.faultLevel >= 0)
        j["fault_level"] = f.levels[static_cast<size_t>(t.faultLevel)].name;
    if (t.violation)
        j["violation"] = mmu::violationIds(t.violation);
    return j;
}

} // namespace cli
