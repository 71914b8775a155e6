// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson.h"

#include "machinefile.h"

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
    return a.title == b.title && a.notes == b.notes && a.mappings == b.mappings && a.accesses == b.accesses
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

std::unique_ptr<TranslationSession> openLessonSession(const Lesson &lesson)
{
    auto session = std::make_unique<TranslationSession>(lesson.machine, lesson.mappings);
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
    lesson.mappings = session.layout();
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
