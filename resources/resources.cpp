// SPDX-License-Identifier: GPL-3.0-or-later
// The icon and translations live in this library's resources (see CMakeLists.txt).
namespace BilanResources {
int resourceVersion()
{
    return 1;
}
} // namespace BilanResources
