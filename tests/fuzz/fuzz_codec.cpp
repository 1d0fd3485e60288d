// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target for one FrameCodec; SOCKETLAB_FUZZ_NAME (a compile definition) picks the framing spec.
// Input: byte 0 = number of cut bytes N (mod 32), bytes 1..N = the sizes of the successive feed() pieces
// (cycled; 255 = everything left; 0 = an empty feed), the rest = the received stream. Any broken invariant aborts.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"

#ifndef SOCKETLAB_FUZZ_NAME
#error "SOCKETLAB_FUZZ_NAME must name the framing to fuzz"
#endif

namespace {

constexpr qint64 MaxFrameSize = 1024 * 1024;

struct Target
{
    const char *name;
    const char *spec;
};

// The spec text as typed by a user (escapes included).
constexpr Target Targets[] = {
    {"len4", "len:4"},
    {"structi", "struct-i"},
    {"len2le_incl", "len:2:le:incl"},
    {"len8_signed", "len:8:signed"},
    {"delim_crlf", "delim:\\r\\n"},
    {"delim_aba", "delim:aba"},
    {"line", "line"},
    {"fixed16", "fixed:16"},
    {"jsonhdr", "jsonhdr"},
    {"raw", "none"},
};

[[noreturn]] void violated(const char *what, qint64 a = 0, qint64 b = 0)
{
    std::fprintf(stderr, "fuzz_%s: invariant violated: %s (%lld, %lld)\n", SOCKETLAB_FUZZ_NAME, what,
                 static_cast<long long>(a), static_cast<long long>(b));
    std::abort();
}

#define CHECKV(condition, a, b)                                                                                        \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            violated(#condition, (a), (b));                                                                            \
    } while (false)
#define CHECK(condition) CHECKV(condition, 0, 0)

const FramingSpec &theSpec()
{
    static const FramingSpec spec = [] {
        for (const Target &target : Targets) {
            if (std::strcmp(target.name, SOCKETLAB_FUZZ_NAME) == 0) {
                QString error;
                const auto parsed = FramingSpecParser::parse(QString::fromLatin1(target.spec), &error, MaxFrameSize);
                if (!parsed) {
                    std::fprintf(stderr, "bad spec %s: %s\n", target.spec, qPrintable(error));
                    std::abort();
                }
                return *parsed;
            }
        }
        std::fprintf(stderr, "unknown fuzz target %s\n", SOCKETLAB_FUZZ_NAME);
        std::abort();
    }();
    return spec;
}

bool sameFrame(const Frame &a, const Frame &b)
{
    return a.payload == b.payload && a.offset == b.offset && a.length == b.length && a.headerLength == b.headerLength &&
        a.trailerLength == b.trailerLength && a.header == b.header;
}

/** Checks the frames appended since `firstNew` against the stream fed so far; advances *framedEnd. */
void checkNewFrames(const QList<Frame> &frames, qsizetype firstNew, const QByteArray &fed, qint64 *framedEnd)
{
    for (qsizetype i = firstNew; i < frames.size(); ++i) {
        const Frame &frame = frames.at(i);
        CHECKV(frame.headerLength >= 0 && frame.trailerLength >= 0, frame.headerLength, frame.trailerLength);
        CHECKV(frame.length > 0, frame.length, 0);
        CHECKV(frame.headerLength + frame.payload.size() + frame.trailerLength == frame.length, frame.length,
               frame.payload.size());
        CHECKV(frame.offset == *framedEnd, frame.offset, *framedEnd); // contiguous, strictly increasing
        CHECKV(frame.offset + frame.length <= fed.size(), frame.offset + frame.length, fed.size());
        CHECKV(frame.payload == fed.mid(frame.offset + frame.headerLength, frame.payload.size()), frame.offset, 0);
        CHECKV(frame.payload.size() <= MaxFrameSize, frame.payload.size(), 0);
        *framedEnd = frame.offset + frame.length;
    }
}

/** encode(payload) then decoding the result alone gives the payload back (when encode accepts it). */
void checkRoundTrip(const FramingSpec &spec, const FrameCodec &encoder, const Frame &frame, const QByteArray &fed)
{
    QByteArray encoded;
    QString error;
    if (!encoder.encode(frame.payload, &encoded, &error)) {
        CHECK(!error.isEmpty());
        return;
    }
    const auto decoder = FrameCodec::create(spec);
    QList<Frame> again;
    CHECK(decoder->feed(encoded, &again));
    CHECKV(again.size() == 1, again.size(), 0);
    CHECKV(again.first().payload == frame.payload, again.first().payload.size(), frame.payload.size());
    CHECKV(again.first().length == encoded.size(), again.first().length, encoded.size());
    CHECKV(decoder->bufferedBytes() == 0, decoder->bufferedBytes(), 0);
    CHECK(decoder->finish().isEmpty());
    // Length, fixed and plain delimiter framings are canonical: the frame re-encodes to the very bytes received.
    if (spec.kind == FramingSpec::Kind::Length || spec.kind == FramingSpec::Kind::Fixed ||
        (spec.kind == FramingSpec::Kind::Delimiter && !spec.stripCarriageReturn))
        CHECKV(encoded == fed.mid(frame.offset, frame.length), frame.offset, frame.length);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const FramingSpec &spec = theSpec();
    const bool raw = spec.kind == FramingSpec::Kind::None;
    const size_t cutCount = std::min<size_t>(data[0] % 32, size - 1);
    const uint8_t *cuts = data + 1;
    const char *stream = reinterpret_cast<const char *>(data + 1 + cutCount);
    const qsizetype streamSize = qsizetype(size - 1 - cutCount);

    const auto codec = FrameCodec::create(spec);
    QList<Frame> frames;
    QByteArray fed;
    qint64 framedEnd = 0;
    bool failed = false;
    qsizetype pos = 0;
    size_t cutIndex = 0;
    bool lastWasEmpty = false;
    // At least one feed, so that an empty stream is fed once too.
    do {
        qsizetype piece = streamSize - pos;
        if (cutCount > 0) {
            const uint8_t cut = cuts[cutIndex++ % cutCount];
            if (cut != 255)
                piece = std::min<qsizetype>(cut, piece);
        }
        // An empty feed is fine once, but the stream must move on.
        if (piece == 0 && lastWasEmpty)
            piece = std::min<qsizetype>(1, streamSize - pos);
        lastWasEmpty = piece == 0;
        const QByteArrayView bytes(stream + pos, piece);
        const qsizetype before = frames.size();
        const bool ok = codec->feed(bytes, &frames);
        pos += piece;
        if (failed) {
            CHECK(!ok);
            CHECKV(frames.size() == before, frames.size(), before);
            continue;
        }
        fed.append(bytes.data(), bytes.size());
        checkNewFrames(frames, before, fed, &framedEnd);
        const qint64 buffered = codec->bufferedBytes();
        CHECKV(buffered >= 0 && buffered <= fed.size() - framedEnd, buffered, fed.size() - framedEnd);
        if (ok) {
            CHECK(codec->error().isEmpty());
            // Without an error nothing is lost: every byte not yet framed is buffered.
            CHECKV(raw || buffered == fed.size() - framedEnd, buffered, fed.size() - framedEnd);
        } else {
            CHECK(!raw);
            CHECK(!codec->error().isEmpty());
            failed = true;
        }
    } while (pos < streamSize);

    // After an error, feed() keeps failing and adds nothing.
    if (failed) {
        QList<Frame> more;
        CHECK(!codec->feed(QByteArrayView("x", 1), &more));
        CHECK(!codec->feed(QByteArrayView(), &more));
        CHECKV(more.isEmpty(), more.size(), 0);
        CHECK(codec->finish().isEmpty());
    } else {
        const qint64 buffered = codec->bufferedBytes();
        const QString finished = codec->finish();
        CHECKV(finished.isEmpty() == (buffered == 0), buffered, 0);
        CHECK(codec->bufferedBytes() == buffered); // finish() changes nothing
    }

    for (const Frame &frame : std::as_const(frames))
        checkRoundTrip(spec, *codec, frame, fed);

    // The frames do not depend on the cuts: after reset(), the whole stream in one piece decodes the same way.
    if (!raw) {
        const qint64 bufferedAfterCuts = codec->bufferedBytes();
        const QString errorAfterCuts = codec->error();
        codec->reset();
        CHECK(codec->error().isEmpty() && codec->bufferedBytes() == 0);
        QList<Frame> whole;
        const bool ok = codec->feed(fed, &whole);
        CHECK(ok == !failed);
        CHECKV(whole.size() == frames.size(), whole.size(), frames.size());
        for (qsizetype i = 0; i < whole.size(); ++i)
            CHECKV(sameFrame(whole.at(i), frames.at(i)), i, 0);
        CHECK(codec->error() == errorAfterCuts);
        CHECKV(codec->bufferedBytes() == bufferedAfterCuts, codec->bufferedBytes(), bufferedAfterCuts);
    }
    return 0;
}
