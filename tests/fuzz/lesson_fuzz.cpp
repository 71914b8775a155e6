// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: lesson files either load, round-trip through the writer and play, or give
// an error with a message that names the file.
#include "lesson.h"
#include "lessonfile.h"
#include "translationsession.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto lesson = mmu::parseLesson(text, "fuzz.mmulab");
    if (!lesson) {
        const std::string message = lesson.error().message();
        if (message.rfind("fuzz.mmulab", 0) != 0)
            std::abort(); // every error names the file first
        return 0;
    }
    const std::string once = mmu::serializeLesson(*lesson);
    auto again = mmu::parseLesson(once, "again.mmulab");
    if (!again || !(*again == *lesson) || mmu::serializeLesson(*again) != once)
        std::abort(); // what the writer writes, the reader reads back unchanged
    // Playing the lesson walks real page tables; a few dozen accesses cover every path.
    if (lesson->accesses.size() <= 64) {
        const auto session = mmu::openLessonSession(*lesson);
        if (session->count() != static_cast<int>(lesson->accesses.size()))
            std::abort();
    }
    return 0;
}
