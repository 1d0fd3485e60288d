// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "framing/framecodec.h"

#include "framing/delimitercodec.h"
#include "framing/fixedsizecodec.h"
#include "framing/jsonheadercodec.h"
#include "framing/lengthprefixcodec.h"
#include "framing/rawcodec.h"

FrameCodec::FrameCodec(const FramingSpec &spec)
    : m_spec(spec)
{ }

FrameCodec::~FrameCodec() = default;

std::unique_ptr<FrameCodec> FrameCodec::create(const FramingSpec &spec)
{
    switch (spec.kind) {
    case FramingSpec::Kind::Length:
        return std::make_unique<LengthPrefixCodec>(spec);
    case FramingSpec::Kind::Delimiter:
        return std::make_unique<DelimiterCodec>(spec);
    case FramingSpec::Kind::Fixed:
        return std::make_unique<FixedSizeCodec>(spec);
    case FramingSpec::Kind::JsonHeader:
        return std::make_unique<JsonHeaderCodec>(spec);
    case FramingSpec::Kind::None:
        break;
    }
    return std::make_unique<RawCodec>(spec);
}

QString FrameCodec::tooLargeError(qint64 messageSize) const
{
    //: %1 and %2 are byte counts.
    return tr("The message is %1 bytes, more than the maximum frame size of %2 bytes.")
        .arg(messageSize)
        .arg(m_spec.maxFrameSize);
}
