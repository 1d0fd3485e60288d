// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QTest>

#include "engine/enginethread.h"

/** Helpers for tests that drive objects living in the engine thread. */
namespace EngineTestUtil {

/** Runs `function` in the engine thread and returns its result, spinning the caller's event loop meanwhile;
    nullopt when it did not finish within `timeoutMs`. */
template<class Function>
auto inEngine(EngineThread &engine, Function function, int timeoutMs = 10000) -> std::optional<decltype(function())>
{
    using Result = decltype(function());
    auto result = std::make_shared<std::optional<Result>>();
    auto done = std::make_shared<std::atomic<bool>>(false);
    engine.post([function, result, done] {
        *result = function();
        done->store(true, std::memory_order_release);
    });
    if (!QTest::qWaitFor([&done] { return done->load(std::memory_order_acquire); }, timeoutMs))
        return std::nullopt;
    return *result;
}

} // namespace EngineTestUtil
