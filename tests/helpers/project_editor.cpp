// SPDX-License-Identifier: GPL-3.0-or-later
// A process that edits a project as fast as it can and reports each change once the project
// file has it: tst_projectcrash kills it (SIGKILL) at random moments and checks that every
// change it reported is in the file.
//
//   project_editor P.bilan   → prints "ready N" then "saved I" after edit I, forever.
// Edit I writes the note "note I" on claim I mod N and, every third edit, a status.
// On a server (P a postgresql:// URL) a failed edit prints "failed I" and the next one goes
// on (the store reconnects by itself); on a file a failure ends the editor.
#include "project/projectdocument.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: project_editor P.bilan\n");
        return 2;
    }
    auto doc = ProjectDocument::open(QString::fromLocal8Bit(argv[1]));
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error()));
        return 1;
    }
    QList<ClaimKey> keys;
    for (int a = 0; a < doc.value()->articles().size(); ++a) {
        for (int c = 0; c < doc.value()->articles()[a].claims.size(); ++c)
            keys << doc.value()->keyOf(a, c);
    }
    std::printf("ready %d\n", int(keys.size()));
    std::fflush(stdout);
    for (qint64 i = 0;; ++i) {
        const ClaimKey &key = keys[i % keys.size()];
        Result<void> saved = doc.value()->setNote(key, QStringLiteral("note %1").arg(i));
        if (saved && i % 3 == 0)
            saved = doc.value()->setStatus({key}, i % 2 ? ClaimStatus::Verified : ClaimStatus::Disputed);
        if (!saved && doc.value()->isShared()) {
            std::printf("failed %lld\n", i);
            std::fflush(stdout);
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            QThread::msleep(50);
            continue;
        }
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 1;
        }
        std::printf("saved %lld\n", i);
        std::fflush(stdout);
    }
}
