// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mmu {

namespace {

ConfigError failure(const std::string &path, const std::string &what, int error)
{
    return ConfigError{path, 0, 0, "", "cannot save: " + what + ": " + std::strerror(error)};
}

/** The mode a new file gets: 0666 less the process's umask, which can only be read by setting it. */
mode_t newFileMode()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

} // namespace

Result<bool, ConfigError> writeFileAtomically(const std::string &path, std::string_view contents)
{
    if (path.empty())
        return ConfigError{path, 0, 0, "", "cannot save: no file name"};
    struct stat existing {};
    const bool exists = ::stat(path.c_str(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode))
        return ConfigError{path, 0, 0, "", "cannot save: is a directory"};

    std::string pattern = path + ".XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return failure(path, "cannot create a temporary file next to it", errno);
    const std::string temporary(name.data());
    auto abandon = [&](const std::string &what, int error) {
        ::close(fd);
        ::unlink(temporary.c_str());
        return failure(path, what, error);
    };

    if (::fchmod(fd, exists ? (existing.st_mode & 07777) : newFileMode()) != 0)
        return abandon("cannot set the permissions", errno);
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return abandon("write error", n < 0 ? errno : EIO);
        written += static_cast<size_t>(n);
    }
    // Data on disk before the rename, so a crash cannot leave an empty file under the old name.
    if (::fsync(fd) != 0)
        return abandon("cannot flush to disk", errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return failure(path, "write error", error);
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return failure(path, "cannot replace the file", error);
    }
    return true;
}

} // namespace mmu
