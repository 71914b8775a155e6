// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson.h"

#include "machinefile.h"
#include "ostepproblem.h"
#include "retargetmachine.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mmu {

namespace {

/** Annotations in file order: every-access ones first, then by access; stable within each. */
std::vector<Annotation> inFileOrder(std::vector<Annotation> annotations)
{
    std::stable_sort(annotations.begin(), annotations.end(),
                     [](const Annotation &x, const Annotation &y) { return x.translation < y.translation; });
    return annotations;
}

} // namespace

bool operator==(const Lesson &a, const Lesson &b)
{
    // MachineConfig has no ==; its file form is the canonical comparison.
    return a.title == b.title && a.notes == b.notes && a.mappings == b.mappings && a.ostepProblem == b.ostepProblem
        && a.entries == b.entries        && a.accesses == b.accesses
        && machineToJson(a.machine) == machineToJson(b.machine)
        && inFileOrder(a.annotations) == inFileOrder(b.annotations);
}

const std::vector<std::string_view> &lessonPanels()
{
    static const std::vector<std::string_view> panels{"bits",   "walk",   "tlb",       "cycles",
                                                      "fault",  "memory", "narration", "steps"};
    return panels;
}

std::string_view annotationKindName(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Callout: return "callout";
    case Annotation::Kind::Arrow: return "arrow";
    case Annotation::Kind::Box: return "box";
    }
    return "callout";
}

std::optional<Annotation::Kind> parseAnnotationKind(std::string_view name)
{
    for (Annotation::Kind k : {Annotation::Kind::Callout, Annotation::Kind::Arrow, Annotation::Kind::Box})
        if (annotationKindName(k) == name)
            return k;
    return std::nullopt;
}

Lesson emptyLesson(MachineConfig machine)
{
    Lesson lesson;
    lesson.machine = std::move(machine);
    return lesson;
}

Result<Lesson, OstepError> ostepLesson(std::string text, const std::string &origin, MachineConfig machine)
{
    auto problem = OstepProblem::parse(text, origin);
    if (!problem)
        return problem.error();
    Lesson lesson;
    machine.paging = ostepFormat().id;
    // As the session will run it (one page size, the TLBs fitted), so playing it is not editing it.
    lesson.machine = retargetMachine(machine, ostepFormat());
    lesson.ostepProblem = std::move(text);
    for (uint64_t va : problem->addresses()) {
        LessonAccess a;
        a.access = {va, AccessType::Read, Privilege::User};
        // As a session on the image sees it: an entry that is not valid ends the access.
        a.expectedFault = problem->translate(va).fault == OstepFault::None ? OsFault::None : OsFault::Segv;
        lesson.accesses.push_back(std::move(a));
    }
    return lesson;
}

std::unique_ptr<TranslationSession> openLessonSession(const Lesson &lesson)
{
    // A lesson file's problem was checked when it was read; one that does not parse gets an empty memory.
    auto problem = OstepProblem::parse(lesson.ostepProblem, lesson.title);
    auto session = lesson.ostepProblem.empty() ? std::make_unique<TranslationSession>(lesson.machine, lesson.mappings, lesson.entries)
        : std::make_unique<TranslationSession>(lesson.machine, problem ? problem->image() : MemoryImage{});
    for (const LessonAccess &a : lesson.accesses)
        session->translate(a.access);
    if (session->count() > 0)
        session->goTo(0);
    return session;
}

Lesson lessonWithSession(const Lesson &document, const TranslationSession &session,
                         const std::vector<Annotation> &annotations)
{
    Lesson lesson;
    lesson.title = document.title;
    lesson.notes = document.notes;
    lesson.machine = session.machine();
    // A session on an OSTEP problem's memory has no layout: the document's stays as it was.
    lesson.mappings = session.image() ? document.mappings : session.layout();
    lesson.ostepProblem = session.image() ? document.ostepProblem : std::string();
    lesson.entries = session.patches();
    std::vector<bool> kept;
    for (size_t i = 0; i < session.accesses().size(); ++i) {
        const SessionAccess &access = session.accesses()[i];
        kept.push_back(i < document.accesses.size() && document.accesses[i].access == access);
        if (kept.back()) {
            lesson.accesses.push_back(document.accesses[i]);
        } else {
            LessonAccess a;
            a.access = access;
            lesson.accesses.push_back(std::move(a));
        }
    }
    for (const Annotation &a : annotations)
        if (a.translation < 0 || (static_cast<size_t>(a.translation) < kept.size() && kept[static_cast<size_t>(a.translation)]))
            lesson.annotations.push_back(a);
    return lesson;
}

} // namespace mmu
