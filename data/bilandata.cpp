// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled corpus lives in this library's resources (see CMakeLists.txt); this file only
// gives the library a translation unit of its own.
namespace BilanData {
int resourceVersion()
{
    return 1;
}
} // namespace BilanData
