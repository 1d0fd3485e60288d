// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

/** `socketlab-cli lab`: run a sticky-packet experiment, simulated or live, and show its lanes (DESIGN §4). */
class LabCommand final
{
    Q_DECLARE_TR_FUNCTIONS(LabCommand)

public:
    static int run(const QStringList &arguments);
};
