// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "lab/labexperiment.h"
#include "lab/labresult.h"

/** One experiment of the tutorials, ready to run. */
struct LabPreset
{
    /** The CLI name: coalesce, split, handshake, length-prefix, jsonhdr, udp, nagle. */
    QString name;
    /** What it shows, one translated line. */
    QString description;
    LabExperiment experiment;
};

/** The sticky-packet presets (DESIGN §6) and the explanations of what a run did. */
class LabPresets final
{
    Q_DECLARE_TR_FUNCTIONS(LabPresets)

public:
    static QList<LabPreset> all();
    static QStringList names();
    static std::optional<LabPreset> find(const QString &name);

    /** What happened in `result` and why, citing its figures, translated. `preset` names the preset the run came
        from (its lesson is explained); an empty or unknown name gives the general explanation. */
    static QString explain(const QString &presetName, const LabResult &result);

    /** For repeated live runs: "3 sends → 1 reads in 7 of 10 runs. 3 sends → 2 reads in 3 of 10 runs." */
    static QString summarizeRuns(const QList<LabResult> &runs);

private:
    static QString generalNotes(const LabResult &result);
};
