// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
//
// bench_framing: decode throughput of every FrameCodec for a stream of 1 KiB messages fed in 64 KiB pieces,
// against a plain memcpy of the same stream in the same run. Target: >= 1 GB/s for the len and fixed framings.
// Exit status: 0 target met, 1 a MISS, 2 could not measure (e.g. a wrong frame count).
//   bench_framing [--mib N] [--runs N]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"

namespace {

constexpr qsizetype PayloadSize = 1024;
constexpr qsizetype PieceSize = 64 * 1024;
constexpr double TargetBytesPerSecond = 1e9;

struct Codec
{
    const char *spec; // as typed (escapes included)
    const char *shown;
    bool judged; // the >= 1 GB/s target applies
};

constexpr Codec Codecs[] = {
    {"len:4", "len:4", true},
    {"struct-i", "struct-i", true},
    {"len:2:le", "len:2:le", true},
    {"fixed:1024", "fixed:1024", true},
    {"delim:\\r\\n", "delim:\\r\\n", false},
    {"line", "line", false},
    {"jsonhdr", "jsonhdr", false},
    {"none", "none", false},
};

struct Result
{
    std::string name;
    bool judged = false;
    double bytesPerSecond = 0;
    double framesPerSecond = 0;
    qint64 streamBytes = 0;
};

/** Keeps the compiler from dropping a copy whose result is never read. */
void keep(const void *pointer)
{
#if defined(__GNUC__)
    asm volatile("" : : "r"(pointer) : "memory");
#else
    static const void *volatile sink;
    sink = pointer;
#endif
}

/** 64 different 1 KiB payloads without '\r' or '\n' (so that delimiter framings can carry them). */
std::vector<QByteArray> makePayloads()
{
    std::vector<QByteArray> payloads;
    quint32 state = 0x2545F491u;
    for (int i = 0; i < 64; ++i) {
        QByteArray payload(PayloadSize, Qt::Uninitialized);
        for (qsizetype j = 0; j < PayloadSize; ++j) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            char byte = static_cast<char>(state & 0xff);
            if (byte == '\r' || byte == '\n')
                byte = 'x';
            payload[j] = byte;
        }
        payloads.push_back(payload);
    }
    return payloads;
}

template<typename Body>
qint64 bestOf(int runs, Body body)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        body();
        best = std::min(best, timer.nsecsElapsed());
    }
    return std::max<qint64>(best, 1);
}

void appendJson(const char *line)
{
    const char *path = std::getenv("SOCKETLAB_BENCH_RESULTS");
    if (!path || !*path)
        return;
    if (FILE *file = std::fopen(path, "a")) {
        std::fputs(line, file);
        std::fclose(file);
    }
}

int measureError(const std::string &error)
{
    std::printf("\n== framing-decode: ERROR\n   %s\n", error.c_str());
    appendJson(("{\"name\": \"framing-decode\", \"verdict\": \"ERROR\", \"error\": \"" + error + "\"}\n").c_str());
    return 2;
}

std::string gbps(double bytesPerSecond)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f GB/s", bytesPerSecond / 1e9);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    qint64 mib = 256;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--mib" || arg == "--runs") && i + 1 < argc) {
            const long value = std::strtol(argv[++i], nullptr, 10);
            if (value < 1) {
                std::fprintf(stderr, "bench_framing: %s needs a positive number\n", arg.c_str());
                return 2;
            }
            if (arg == "--mib")
                mib = value;
            else
                runs = int(value);
        } else {
            std::printf("usage: bench_framing [--mib N] [--runs N]\n"
                        "Decodes a stream of about N MiB (default 256) of 1 KiB messages with every framing, fed in "
                        "64 KiB pieces, best of --runs (default 5), next to a memcpy of the same stream.\n");
            return arg == "-h" || arg == "--help" ? 0 : 2;
        }
    }
    const qsizetype frameCount = qsizetype(mib) * 1024 * 1024 / PayloadSize;
    const std::vector<QByteArray> payloads = makePayloads();
    std::printf("== framing-decode: %lld messages of %lld bytes (%lld MiB of payload), fed in %lld KiB pieces, "
                "best of %d runs\n",
                static_cast<long long>(frameCount), static_cast<long long>(PayloadSize), static_cast<long long>(mib),
                static_cast<long long>(PieceSize / 1024), runs);
    std::printf("   %-12s %12s %10s %14s %10s %9s\n", "framing", "stream MiB", "MB/s", "frames/s", "GB/s", "x memcpy");

    std::vector<Result> results;
    double memcpyRate = 0;
    for (const Codec &entry : Codecs) {
        QString error;
        const auto spec = FramingSpecParser::parse(QString::fromLatin1(entry.spec), &error);
        if (!spec)
            return measureError(std::string("bad spec ") + entry.spec + ": " + error.toStdString());
        const auto codec = FrameCodec::create(*spec);

        // The stream, built with the codec's own encoder.
        QByteArray stream;
        QByteArray encoded;
        for (qsizetype i = 0; i < frameCount; ++i) {
            if (!codec->encode(payloads[size_t(i % 64)], &encoded, &error))
                return measureError(std::string(entry.spec) + ": encode failed: " + error.toStdString());
            if (stream.isEmpty())
                stream.reserve(encoded.size() * frameCount);
            stream.append(encoded);
        }
        const qsizetype pieces = (stream.size() + PieceSize - 1) / PieceSize;
        // `none` makes one message per fed piece.
        const qsizetype expectedFrames = spec->kind == FramingSpec::Kind::None ? pieces : frameCount;

        // The reference, once (on the first stream): the same bytes copied in the same pieces into one reused
        // buffer, which is what a decoder that copies every payload out at least does.
        if (memcpyRate == 0) {
            QByteArray target(PieceSize, Qt::Uninitialized);
            const qint64 ns = bestOf(runs, [&] {
                for (qsizetype pos = 0; pos < stream.size(); pos += PieceSize) {
                    const qsizetype piece = std::min(PieceSize, stream.size() - pos);
                    std::memcpy(target.data(), stream.constData() + pos, size_t(piece));
                    keep(target.constData());
                }
            });
            memcpyRate = double(stream.size()) * 1e9 / double(ns);
            std::printf("   %-12s %12.1f %10.0f %14s %10.2f %9s\n", "(memcpy)", double(stream.size()) / 1048576.0,
                        memcpyRate / 1e6, "-", memcpyRate / 1e9, "1.000");
        }

        qsizetype decodedFrames = 0;
        qint64 payloadBytes = 0;
        bool ok = true;
        QList<Frame> frames;
        const qint64 ns = bestOf(runs, [&] {
            codec->reset();
            decodedFrames = 0;
            payloadBytes = 0;
            for (qsizetype pos = 0; pos < stream.size() && ok; pos += PieceSize) {
                const qsizetype piece = std::min(PieceSize, stream.size() - pos);
                ok = codec->feed(QByteArrayView(stream.constData() + pos, piece), &frames);
                decodedFrames += frames.size();
                for (const Frame &frame : std::as_const(frames))
                    payloadBytes += frame.payload.size();
                frames.clear();
            }
        });
        if (!ok)
            return measureError(std::string(entry.spec) + ": decoding failed: " + codec->error().toStdString());
        if (decodedFrames != expectedFrames || codec->bufferedBytes() != 0 || !codec->finish().isEmpty()) {
            return measureError(std::string(entry.spec) + ": decoded " + std::to_string(decodedFrames) +
                                " frames, expected " + std::to_string(expectedFrames));
        }
        const qint64 expectedPayload = spec->kind == FramingSpec::Kind::None ? stream.size() : frameCount * PayloadSize;
        if (payloadBytes != expectedPayload)
            return measureError(std::string(entry.spec) + ": decoded payload bytes differ");

        Result result;
        result.name = entry.shown;
        result.judged = entry.judged;
        result.streamBytes = stream.size();
        result.bytesPerSecond = double(stream.size()) * 1e9 / double(ns);
        result.framesPerSecond = double(decodedFrames) * 1e9 / double(ns);
        std::printf("   %-12s %12.1f %10.0f %14.0f %10.2f %9.3f%s\n", entry.shown, double(stream.size()) / 1048576.0,
                    result.bytesPerSecond / 1e6, result.framesPerSecond, result.bytesPerSecond / 1e9,
                    result.bytesPerSecond / memcpyRate, entry.judged ? "  (target)" : "");
        std::fflush(stdout);
        results.push_back(result);
    }

    // The verdict, in the shape benchlib.report() prints.
    const Result *slowest = nullptr;
    std::string measured;
    for (const Result &result : results) {
        if (!result.judged)
            continue;
        if (!slowest || result.bytesPerSecond < slowest->bytesPerSecond)
            slowest = &result;
        measured += (measured.empty() ? "" : ", ") + result.name + " " + gbps(result.bytesPerSecond);
    }
    std::string others;
    for (const Result &result : results) {
        if (!result.judged)
            others += (others.empty() ? "" : ", ") + result.name + " " + gbps(result.bytesPerSecond);
    }
    const bool passed = slowest->bytesPerSecond >= TargetBytesPerSecond;
    const double ratio = slowest->bytesPerSecond / memcpyRate;
    const std::string reference = "memcpy of the same stream in 64 KiB pieces " + gbps(memcpyRate);
    const std::string target = ">= 1 GB/s decode for len and fixed (1 KiB messages)";
    std::printf("\n== framing-decode: %s\n", passed ? "PASS" : "MISS");
    std::printf("   SocketLab : %s\n", measured.c_str());
    std::printf("   reference : %s\n", reference.c_str());
    std::printf("   ratio     : %.3f (slowest judged framing %s / memcpy)\n", ratio, slowest->name.c_str());
    std::printf("   target    : %s\n", target.c_str());
    std::printf("   others    : %s\n", others.c_str());
    std::printf("   note: rates count stream bytes (headers and delimiters included), 1 GB = 10^9 bytes\n");

    char ratioText[32];
    std::snprintf(ratioText, sizeof ratioText, "%.4f", ratio);
    std::string json = "{\"name\": \"framing-decode\", \"measured\": \"" + measured + "\", \"reference\": \"" +
        reference + "\", \"ratio\": " + ratioText + ", \"target\": \"" + target + "\", \"verdict\": \"" +
        (passed ? "PASS" : "MISS") + "\"}\n";
    appendJson(json.c_str());
    return passed ? 0 : 1;
}
