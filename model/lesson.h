// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "entrypatch.h"
#include "machineconfig.h"
#include "mapping.h"
#include "ostepproblem.h"
#include "result.h"
#include "step.h"
#include "translationsession.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/** One access of a lesson with what the author says about it. */
struct LessonAccess {
    SessionAccess access;
    /** How the OS should see the access; set by authors so tests catch a lesson that drifts. */
    std::optional<OsFault> expectedFault;
    std::string notes; ///< Markdown

    friend bool operator==(const LessonAccess &, const LessonAccess &) = default;
};

/**
 * A prepared lesson (DESIGN §2.6): a machine, the process's mappings, a sequence of accesses
 * to step through, and the author's title, notes and annotations. Files hold it as JSON
 * (lessonfile.h); a TranslationSession plays it (openLessonSession).
 */
struct Lesson {
    std::string title;
    std::string notes; ///< Markdown, for the whole lesson
    MachineConfig machine;
    std::vector<Mapping> mappings = defaultProcessLayout();
    /**
     * An imported OSTEP problem as paging-multilevel-translate.py printed it; when set, the
     * lesson runs on that exact memory (OstepProblem::image) instead of its mappings.
     */
    std::string ostepProblem;
    /** Entries written by hand over the OS's tables (a misaligned superpage), in file order. */
    std::vector<EntryPatch> entries;
    std::vector<LessonAccess> accesses;
    /**
     * The author's callouts, arrows and boxes; `translation` is the index of the access they
     * belong to, −1 for every access. Files keep them with their access.
     */
    std::vector<Annotation> annotations;
};

/** Same title, notes, machine (as its file would read), mappings, accesses and annotations (in any order). */
bool operator==(const Lesson &a, const Lesson &b);

/** The panels an annotation can be anchored on, as lesson files name them. */
const std::vector<std::string_view> &lessonPanels();

/** "callout", "arrow", "box": the names lesson files use. */
std::string_view annotationKindName(Annotation::Kind kind);
std::optional<Annotation::Kind> parseAnnotationKind(std::string_view name);

/** A new lesson on `machine` with the default process layout and no accesses. */
Lesson emptyLesson(MachineConfig machine);

/**
 * A lesson on an OSTEP problem (`text` as paging-multilevel-translate.py printed it; `origin`
 * names it in errors): the problem's memory on `machine` with its paging set to "ostep", and
 * its addresses as read accesses in user mode, each expecting what its walk gives (a fault
 * where an entry is not valid).
 */
Result<Lesson, OstepError> ostepLesson(std::string text, const std::string &origin, MachineConfig machine);

/**
 * A session on the lesson's machine and mappings with every access translated in order, the
 * first one current (translation 0), or no current translation when there are no accesses.
 */
std::unique_ptr<TranslationSession> openLessonSession(const Lesson &lesson);

/**
 * `document` brought up to date with what the user did in `session`: its machine, mappings
 * and accesses. Notes, expected faults and annotations stay with accesses that are unchanged
 * at the same position; those of replaced or dropped accesses go. `annotations` are the
 * ones being edited (they replace the document's).
 */
Lesson lessonWithSession(const Lesson &document, const TranslationSession &session,
                         const std::vector<Annotation> &annotations);

} // namespace mmu
