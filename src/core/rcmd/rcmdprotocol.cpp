// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "rcmd/rcmdprotocol.h"

#include <limits>
#include <memory>
#include <optional>

#include <QCborStreamReader>
#include <QCborStreamWriter>

#include "framing/framecodec.h"
#include "framing/framingspecparser.h"

namespace {

using Type = RcmdMessage::Type;

/** Field names, shared by the encoder and the decoder. */
namespace Key {
constexpr char Magic[] = "magic";
constexpr char Version[] = "version";
constexpr char ClientNonce[] = "clientNonce";
constexpr char AgentNonce[] = "agentNonce";
constexpr char AgentProof[] = "agentProof";
constexpr char ClientProof[] = "clientProof";
constexpr char Reason[] = "reason";
constexpr char Id[] = "id";
constexpr char Argv[] = "argv";
constexpr char Shell[] = "shell";
constexpr char WorkingDirectory[] = "workingDirectory";
constexpr char Environment[] = "environment";
constexpr char Stream[] = "stream";
constexpr char Data[] = "data";
constexpr char ExitCode[] = "exitCode";
constexpr char Signal[] = "signal";
constexpr char DurationMs[] = "durationMs";
constexpr char Truncated[] = "truncated";
constexpr char KilledReason[] = "killedReason";
constexpr char OutputEncoding[] = "outputEncoding";
constexpr char Message[] = "message";
} // namespace Key

/** The CBOR shape a field must have. */
enum class Kind {
    U32,      ///< unsigned integer below 2^32
    Int32,    ///< integer in the qint32 range
    Duration, ///< unsigned integer below 2^63
    Bool,
    Text,
    Bytes,
    TextList ///< array of text strings
};

struct Field
{
    const char *name;
    Kind kind;
};

/** The fields of one type. */
struct FieldList
{
    const Field *fields = nullptr;
    int count = 0;
};

/** The most fields a type has (Exit). */
constexpr int MaxFields = 7;

constexpr Field HelloFields[] = {{Key::Magic, Kind::Bytes}, {Key::Version, Kind::U32}, {Key::ClientNonce, Kind::Bytes}};
constexpr Field ChallengeFields[] = {
    {Key::Version, Kind::U32}, {Key::AgentNonce, Kind::Bytes}, {Key::AgentProof, Kind::Bytes}};
constexpr Field AuthFields[] = {{Key::ClientProof, Kind::Bytes}};
constexpr Field AuthOkFields[] = {{Key::OutputEncoding, Kind::Text}};
constexpr Field AuthFailedFields[] = {{Key::Reason, Kind::Text}};
constexpr Field RunFields[] = {{Key::Id, Kind::U32},
                               {Key::Argv, Kind::TextList},
                               {Key::Shell, Kind::Bool},
                               {Key::WorkingDirectory, Kind::Text},
                               {Key::Environment, Kind::TextList}};
constexpr Field OutputFields[] = {{Key::Id, Kind::U32}, {Key::Stream, Kind::Text}, {Key::Data, Kind::Bytes}};
constexpr Field ExitFields[] = {{Key::Id, Kind::U32},
                                {Key::ExitCode, Kind::Int32},
                                {Key::Signal, Kind::Int32},
                                {Key::DurationMs, Kind::Duration},
                                {Key::Truncated, Kind::Bool},
                                {Key::KilledReason, Kind::Text},
                                {Key::OutputEncoding, Kind::Text}};
constexpr Field CancelFields[] = {{Key::Id, Kind::U32}};
constexpr Field ErrorFields[] = {{Key::Id, Kind::U32}, {Key::Message, Kind::Text}};

template<int N>
constexpr FieldList listOf(const Field (&fields)[N])
{
    static_assert(N <= MaxFields);
    return {fields, N};
}

FieldList fieldsOf(Type type)
{
    switch (type) {
    case Type::Hello:
        return listOf(HelloFields);
    case Type::Challenge:
        return listOf(ChallengeFields);
    case Type::Auth:
        return listOf(AuthFields);
    case Type::AuthOk:
        return listOf(AuthOkFields);
    case Type::AuthFailed:
        return listOf(AuthFailedFields);
    case Type::Run:
        return listOf(RunFields);
    case Type::Output:
        return listOf(OutputFields);
    case Type::Exit:
        return listOf(ExitFields);
    case Type::Cancel:
        return listOf(CancelFields);
    case Type::Error:
        return listOf(ErrorFields);
    case Type::Bye:
        break;
    }
    return {};
}

std::optional<Type> typeFromByte(quint8 value)
{
    switch (Type(value)) {
    case Type::Hello:
    case Type::Challenge:
    case Type::Auth:
    case Type::AuthOk:
    case Type::AuthFailed:
    case Type::Run:
    case Type::Output:
    case Type::Exit:
    case Type::Cancel:
    case Type::Error:
    case Type::Bye:
        return Type(value);
    }
    return std::nullopt;
}

/** Peer-chosen text as quoted in an error sentence: at most 40 characters. */
QString shown(const QString &text)
{
    constexpr qsizetype Limit = 40;
    return text.size() <= Limit ? text : text.left(Limit) + QChar(0x2026);
}

QString handshakeTooLargeError(Type type, qint64 size)
{
    //: %1 is a protocol message name (e.g. Hello), %2 its size, %3 the limit, both in bytes.
    return RcmdProtocol::tr("The %1 message is %2 bytes, more than the %3 bytes a handshake message may have.")
        .arg(RcmdMessage::typeName(type))
        .arg(size)
        .arg(RcmdProtocol::HandshakeMaxFrameSize);
}

/** One decoded field value; only the member matching the field's Kind is set. */
struct Value
{
    quint64 number = 0;
    qint64 signedNumber = 0;
    bool boolean = false;
    QString text;
    QByteArray bytes;
    QStringList list;
};

/** Reads the CBOR map of one message body, strictly: every field of the type exactly once, nothing else, nothing
    after it. Sizes are bounded by the frame: strings grow only with bytes that are there. */
class BodyReader
{
public:
    BodyReader(Type type, QByteArrayView body)
        : m_type(type)
        , m_fields(fieldsOf(type))
        , m_body(body)
        , m_reader(body.data(), body.size())
    { }

    /** Reads the body; false with *error set on the first violation. */
    bool read(QString *error)
    {
        if (readMap())
            return true;
        *error = m_error;
        return false;
    }

    /** The value of a field of the type (after a successful read()). */
    const Value &value(const char *name) const
    {
        for (int i = 0; i < m_fields.count; ++i) {
            if (qstrcmp(m_fields.fields[i].name, name) == 0)
                return m_values[i];
        }
        Q_UNREACHABLE();
        return m_values[0];
    }

private:
    bool readMap();
    bool readValue(const Field &field, Value *value);
    bool readText(QString *text);
    bool readBytes(QByteArray *bytes);
    /** Fails with the sentence for the reader's CBOR-level error (bad or truncated data). */
    bool cborFailed();
    /** Fails because the value at the reader does not have the field's shape (or is bad CBOR). */
    bool typeFailed(const Field &field);
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }
    QString typeName() const { return RcmdMessage::typeName(m_type); }

    Type m_type;
    FieldList m_fields;
    QByteArrayView m_body;
    QCborStreamReader m_reader;
    Value m_values[MaxFields];
    QString m_error;
};

bool BodyReader::readMap()
{
    if (!m_reader.isMap()) {
        if (!m_reader.isValid())
            return cborFailed();
        //: %1 is a protocol message name (e.g. Run).
        return fail(RcmdProtocol::tr("The %1 message body is not a CBOR map.").arg(typeName()));
    }
    if (!m_reader.enterContainer())
        return cborFailed();
    bool seen[MaxFields] = {};
    while (m_reader.hasNext()) {
        if (!m_reader.isString()) {
            if (!m_reader.isValid())
                return cborFailed();
            //: %1 is a protocol message name (e.g. Run).
            return fail(RcmdProtocol::tr("The %1 message has a field name that is not text.").arg(typeName()));
        }
        QString name;
        if (!readText(&name))
            return cborFailed();
        int index = 0;
        while (index < m_fields.count && name != QLatin1String(m_fields.fields[index].name))
            ++index;
        if (index == m_fields.count) {
            //: %1 is a protocol message name (e.g. Run), %2 the field name the peer sent.
            return fail(RcmdProtocol::tr("The %1 message has an unknown field \"%2\".").arg(typeName(), shown(name)));
        }
        if (seen[index]) {
            //: %1 is a protocol message name (e.g. Run), %2 a field name.
            return fail(RcmdProtocol::tr("The %1 message has the field \"%2\" twice.").arg(typeName(), name));
        }
        seen[index] = true;
        if (!readValue(m_fields.fields[index], &m_values[index]))
            return false;
    }
    if (m_reader.lastError() != QCborError::NoError || !m_reader.leaveContainer())
        return cborFailed();
    const qint64 extra = m_body.size() - m_reader.currentOffset();
    if (extra > 0) {
        //: %1 is a protocol message name (e.g. Run), %2 a byte count.
        return fail(RcmdProtocol::tr("The %1 message has trailing bytes after its body (%2 in all).")
                        .arg(typeName())
                        .arg(extra));
    }
    for (int i = 0; i < m_fields.count; ++i) {
        if (!seen[i]) {
            //: %1 is a protocol message name (e.g. Run), %2 a field name.
            return fail(RcmdProtocol::tr("The %1 message has no \"%2\" field.")
                            .arg(typeName(), QLatin1String(m_fields.fields[i].name)));
        }
    }
    return true;
}

bool BodyReader::readValue(const Field &field, Value *value)
{
    switch (field.kind) {
    case Kind::U32:
        if (!m_reader.isUnsignedInteger() || m_reader.toUnsignedInteger() > std::numeric_limits<quint32>::max())
            return typeFailed(field);
        value->number = m_reader.toUnsignedInteger();
        return m_reader.next() || cborFailed();
    case Kind::Duration:
        if (!m_reader.isUnsignedInteger() || m_reader.toUnsignedInteger() > quint64(std::numeric_limits<qint64>::max()))
            return typeFailed(field);
        value->signedNumber = qint64(m_reader.toUnsignedInteger());
        return m_reader.next() || cborFailed();
    case Kind::Int32:
        if (m_reader.isUnsignedInteger()) {
            if (m_reader.toUnsignedInteger() > quint64(std::numeric_limits<qint32>::max()))
                return typeFailed(field);
            value->signedNumber = qint64(m_reader.toUnsignedInteger());
        } else if (m_reader.isNegativeInteger()) {
            // The magnitude: -1 is 1; 0 means it wrapped around from -2^64.
            const quint64 magnitude = quint64(m_reader.toNegativeInteger());
            if (magnitude == 0 || magnitude > (quint64(1) << 31))
                return typeFailed(field);
            value->signedNumber = -qint64(magnitude);
        } else {
            return typeFailed(field);
        }
        return m_reader.next() || cborFailed();
    case Kind::Bool:
        if (!m_reader.isBool())
            return typeFailed(field);
        value->boolean = m_reader.toBool();
        return m_reader.next() || cborFailed();
    case Kind::Text:
        if (!m_reader.isString())
            return typeFailed(field);
        return readText(&value->text) || cborFailed();
    case Kind::Bytes:
        if (!m_reader.isByteArray())
            return typeFailed(field);
        return readBytes(&value->bytes) || cborFailed();
    case Kind::TextList:
        if (!m_reader.isArray())
            return typeFailed(field);
        if (!m_reader.enterContainer())
            return cborFailed();
        while (m_reader.hasNext()) {
            if (!m_reader.isString())
                return typeFailed(field);
            QString text;
            if (!readText(&text))
                return cborFailed();
            value->list.append(text);
        }
        return (m_reader.lastError() == QCborError::NoError && m_reader.leaveContainer()) || cborFailed();
    }
    return typeFailed(field);
}

bool BodyReader::readText(QString *text)
{
    text->clear();
    auto chunk = m_reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        text->append(chunk.data);
        chunk = m_reader.readString();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

bool BodyReader::readBytes(QByteArray *bytes)
{
    bytes->clear();
    auto chunk = m_reader.readByteArray();
    while (chunk.status == QCborStreamReader::Ok) {
        bytes->append(chunk.data);
        chunk = m_reader.readByteArray();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

bool BodyReader::cborFailed()
{
    const QCborError error = m_reader.lastError();
    if (error == QCborError::EndOfFile) {
        //: %1 is a protocol message name (e.g. Run).
        return fail(RcmdProtocol::tr("The %1 message body ends early: its CBOR data is truncated.").arg(typeName()));
    }
    if (error == QCborError::InvalidUtf8String) {
        //: %1 is a protocol message name (e.g. Run).
        return fail(RcmdProtocol::tr("The %1 message contains text that is not valid UTF-8.").arg(typeName()));
    }
    //: %1 is a protocol message name (e.g. Run).
    return fail(RcmdProtocol::tr("The %1 message body is not valid CBOR.").arg(typeName()));
}

bool BodyReader::typeFailed(const Field &field)
{
    if (!m_reader.isValid() || m_reader.lastError() != QCborError::NoError)
        return cborFailed();
    const QString name = QLatin1String(field.name);
    switch (field.kind) {
    case Kind::U32:
        //: %1 is a field name, %2 a protocol message name (e.g. Run).
        return fail(RcmdProtocol::tr("The \"%1\" field of the %2 message must be an unsigned 32-bit integer.")
                        .arg(name, typeName()));
    case Kind::Int32:
        //: %1 is a field name, %2 a protocol message name (e.g. Run).
        return fail(RcmdProtocol::tr("The \"%1\" field of the %2 message must be a signed 32-bit integer.")
                        .arg(name, typeName()));
    case Kind::Duration:
        //: %1 is a field name, %2 a protocol message name (e.g. Run).
        return fail(RcmdProtocol::tr("The \"%1\" field of the %2 message must be an unsigned integer below 2^63.")
                        .arg(name, typeName()));
    case Kind::Bool:
        //: %1 is a field name, %2 a protocol message name (e.g. Run).
        return fail(
            RcmdProtocol::tr("The \"%1\" field of the %2 message must be true or false.").arg(name, typeName()));
    case Kind::Text:
        //: %1 is a field name, %2 a protocol message name (e.g. Run).
        return fail(
            RcmdProtocol::tr("The \"%1\" field of the %2 message must be a text string.").arg(name, typeName()));
    case Kind::Bytes:
        //: %1 is a field name, %2 a protocol message name (e.g. Run).
        return fail(
            RcmdProtocol::tr("The \"%1\" field of the %2 message must be a byte string.").arg(name, typeName()));
    case Kind::TextList:
        break;
    }
    //: %1 is a field name, %2 a protocol message name (e.g. Run).
    return fail(
        RcmdProtocol::tr("The \"%1\" field of the %2 message must be a list of text strings.").arg(name, typeName()));
}

bool checkSize(Type type, const char *field, const QByteArray &bytes, int size, QString *error)
{
    if (bytes.size() == size)
        return true;
    //: %1 is a field name, %2 a protocol message name (e.g. Hello), %3 and %4 byte counts.
    *error = RcmdProtocol::tr("The \"%1\" field of the %2 message must be %3 bytes, not %4.")
                 .arg(QLatin1String(field), RcmdMessage::typeName(type))
                 .arg(size)
                 .arg(bytes.size());
    return false;
}

bool checkId(const RcmdMessage &message, QString *error)
{
    if (message.id != 0)
        return true;
    //: %1 is a protocol message name (e.g. Run).
    *error = RcmdProtocol::tr("The %1 message has id 0, but command ids start at 1.")
                 .arg(RcmdMessage::typeName(message.type));
    return false;
}

/** The rules beyond CBOR shapes, for the encoder and the decoder alike. */
bool validate(const RcmdMessage &message, QString *error)
{
    const Type type = message.type;
    switch (type) {
    case Type::Hello:
        return checkSize(type, Key::ClientNonce, message.clientNonce, RcmdProtocol::NonceSize, error);
    case Type::Challenge:
        return checkSize(type, Key::AgentNonce, message.agentNonce, RcmdProtocol::NonceSize, error) &&
            checkSize(type, Key::AgentProof, message.agentProof, RcmdProtocol::ProofSize, error);
    case Type::Auth:
        return checkSize(type, Key::ClientProof, message.clientProof, RcmdProtocol::ProofSize, error);
    case Type::Run:
        if (!checkId(message, error))
            return false;
        if (message.argv.isEmpty()) {
            *error = RcmdProtocol::tr("The Run message has an empty argv: it needs at least the program to run.");
            return false;
        }
        for (const QString &entry : message.environment) {
            if (entry.indexOf(QLatin1Char('=')) < 1) {
                //: %1 is the entry as sent. NAME=VALUE is literal syntax.
                *error = RcmdProtocol::tr("The environment entry \"%1\" of the Run message is not NAME=VALUE.")
                             .arg(shown(entry));
                return false;
            }
        }
        return true;
    case Type::Output:
        if (!checkId(message, error))
            return false;
        if (message.data.size() > RcmdProtocol::MaxOutputChunk) {
            //: %1 and %2 are byte counts.
            *error = RcmdProtocol::tr("The Output message carries %1 bytes, more than the %2-byte chunk limit.")
                         .arg(message.data.size())
                         .arg(RcmdProtocol::MaxOutputChunk);
            return false;
        }
        return true;
    case Type::Exit:
        if (!checkId(message, error))
            return false;
        if (message.durationMs < 0) {
            //: %1 is the duration in milliseconds.
            *error = RcmdProtocol::tr("The Exit message has a negative duration (%1 ms).").arg(message.durationMs);
            return false;
        }
        return true;
    case Type::Cancel:
        return checkId(message, error);
    case Type::AuthOk:
    case Type::AuthFailed:
    case Type::Error:
    case Type::Bye:
        break;
    }
    return true;
}

/** Fills the fields of *message (whose type is set) from a successful BodyReader. */
bool assign(const BodyReader &body, RcmdMessage *message, QString *error)
{
    switch (message->type) {
    case Type::Hello:
        message->magic = body.value(Key::Magic).bytes;
        message->version = quint32(body.value(Key::Version).number);
        message->clientNonce = body.value(Key::ClientNonce).bytes;
        break;
    case Type::Challenge:
        message->version = quint32(body.value(Key::Version).number);
        message->agentNonce = body.value(Key::AgentNonce).bytes;
        message->agentProof = body.value(Key::AgentProof).bytes;
        break;
    case Type::Auth:
        message->clientProof = body.value(Key::ClientProof).bytes;
        break;
    case Type::AuthFailed:
        message->text = body.value(Key::Reason).text;
        break;
    case Type::Run:
        message->id = quint32(body.value(Key::Id).number);
        message->argv = body.value(Key::Argv).list;
        message->shell = body.value(Key::Shell).boolean;
        message->workingDirectory = body.value(Key::WorkingDirectory).text;
        message->environment = body.value(Key::Environment).list;
        break;
    case Type::Output: {
        message->id = quint32(body.value(Key::Id).number);
        const QString &stream = body.value(Key::Stream).text;
        if (stream == RcmdMessage::streamName(RcmdMessage::Stream::Stdout)) {
            message->stream = RcmdMessage::Stream::Stdout;
        } else if (stream == RcmdMessage::streamName(RcmdMessage::Stream::Stderr)) {
            message->stream = RcmdMessage::Stream::Stderr;
        } else {
            //: %1 is the value the peer sent. "stream", "stdout" and "stderr" are literal protocol names.
            *error = RcmdProtocol::tr(
                         "The \"stream\" field of the Output message must be \"stdout\" or \"stderr\", not \"%1\".")
                         .arg(shown(stream));
            return false;
        }
        message->data = body.value(Key::Data).bytes;
        break;
    }
    case Type::Exit: {
        message->id = quint32(body.value(Key::Id).number);
        message->exitCode = qint32(body.value(Key::ExitCode).signedNumber);
        message->signal = qint32(body.value(Key::Signal).signedNumber);
        message->durationMs = body.value(Key::DurationMs).signedNumber;
        message->truncated = body.value(Key::Truncated).boolean;
        const QString &reason = body.value(Key::KilledReason).text;
        bool known = false;
        for (const auto candidate :
             {RcmdMessage::KilledReason::None, RcmdMessage::KilledReason::Timeout, RcmdMessage::KilledReason::Cancel,
              RcmdMessage::KilledReason::Disconnect, RcmdMessage::KilledReason::Limit}) {
            if (reason == RcmdMessage::killedReasonName(candidate)) {
                message->killedReason = candidate;
                known = true;
            }
        }
        if (!known) {
            //: %1 is the value the peer sent. The field name and the listed values are literal protocol names.
            *error = RcmdProtocol::tr("The \"killedReason\" field of the Exit message must be none, timeout, cancel, "
                                      "disconnect or limit, not \"%1\".")
                         .arg(shown(reason));
            return false;
        }
        message->outputEncoding = body.value(Key::OutputEncoding).text;
        break;
    }
    case Type::Cancel:
        message->id = quint32(body.value(Key::Id).number);
        break;
    case Type::Error:
        message->id = quint32(body.value(Key::Id).number);
        message->text = body.value(Key::Message).text;
        break;
    case Type::AuthOk:
        message->outputEncoding = body.value(Key::OutputEncoding).text;
        break;
    case Type::Bye:
        break;
    }
    return true;
}

void writeKey(QCborStreamWriter &writer, const char *key)
{
    writer.append(QLatin1String(key));
}

void writeTextList(QCborStreamWriter &writer, const QStringList &list)
{
    writer.startArray(quint64(list.size()));
    for (const QString &text : list)
        writer.append(text);
    writer.endArray();
}

void writeBody(QCborStreamWriter &writer, const RcmdMessage &message)
{
    writer.startMap(quint64(fieldsOf(message.type).count));
    switch (message.type) {
    case Type::Hello:
        writeKey(writer, Key::Magic);
        writer.append(message.magic);
        writeKey(writer, Key::Version);
        writer.append(quint64(message.version));
        writeKey(writer, Key::ClientNonce);
        writer.append(message.clientNonce);
        break;
    case Type::Challenge:
        writeKey(writer, Key::Version);
        writer.append(quint64(message.version));
        writeKey(writer, Key::AgentNonce);
        writer.append(message.agentNonce);
        writeKey(writer, Key::AgentProof);
        writer.append(message.agentProof);
        break;
    case Type::Auth:
        writeKey(writer, Key::ClientProof);
        writer.append(message.clientProof);
        break;
    case Type::AuthFailed:
        writeKey(writer, Key::Reason);
        writer.append(message.text);
        break;
    case Type::Run:
        writeKey(writer, Key::Id);
        writer.append(quint64(message.id));
        writeKey(writer, Key::Argv);
        writeTextList(writer, message.argv);
        writeKey(writer, Key::Shell);
        writer.append(message.shell);
        writeKey(writer, Key::WorkingDirectory);
        writer.append(message.workingDirectory);
        writeKey(writer, Key::Environment);
        writeTextList(writer, message.environment);
        break;
    case Type::Output:
        writeKey(writer, Key::Id);
        writer.append(quint64(message.id));
        writeKey(writer, Key::Stream);
        writer.append(RcmdMessage::streamName(message.stream));
        writeKey(writer, Key::Data);
        writer.append(message.data);
        break;
    case Type::Exit:
        writeKey(writer, Key::Id);
        writer.append(quint64(message.id));
        writeKey(writer, Key::ExitCode);
        writer.append(qint64(message.exitCode));
        writeKey(writer, Key::Signal);
        writer.append(qint64(message.signal));
        writeKey(writer, Key::DurationMs);
        writer.append(quint64(message.durationMs));
        writeKey(writer, Key::Truncated);
        writer.append(message.truncated);
        writeKey(writer, Key::KilledReason);
        writer.append(RcmdMessage::killedReasonName(message.killedReason));
        writeKey(writer, Key::OutputEncoding);
        writer.append(message.outputEncoding);
        break;
    case Type::Cancel:
        writeKey(writer, Key::Id);
        writer.append(quint64(message.id));
        break;
    case Type::Error:
        writeKey(writer, Key::Id);
        writer.append(quint64(message.id));
        writeKey(writer, Key::Message);
        writer.append(message.text);
        break;
    case Type::AuthOk:
        writeKey(writer, Key::OutputEncoding);
        writer.append(message.outputEncoding);
        break;
    case Type::Bye:
        break;
    }
    writer.endMap();
}

/** The "len:4" codec with the connection limit. encode() is const, so one instance serves every thread. */
const FrameCodec &frameEncoder()
{
    static const std::unique_ptr<FrameCodec> codec = [] {
        QString error;
        const std::optional<FramingSpec> spec =
            FramingSpecParser::parse(RcmdProtocol::framingSpecText(), &error, RcmdProtocol::MaxFrameSize);
        Q_ASSERT_X(spec, "RcmdProtocol", qPrintable(error));
        return FrameCodec::create(*spec);
    }();
    return *codec;
}

} // namespace

QByteArray RcmdProtocol::magic()
{
    return QByteArrayLiteral("SLRC");
}

QString RcmdProtocol::framingSpecText()
{
    return QStringLiteral("len:4");
}

bool RcmdProtocol::isHandshake(RcmdMessage::Type type)
{
    return quint8(type) < quint8(Type::Run);
}

bool RcmdProtocol::encode(const RcmdMessage &message, QByteArray *frame, QString *error)
{
    QByteArray payload;
    return encodePayload(message, &payload, error) && frameEncoder().encode(payload, frame, error);
}

bool RcmdProtocol::encodePayload(const RcmdMessage &message, QByteArray *payload, QString *error)
{
    if (!validate(message, error))
        return false;
    QByteArray body;
    {
        QCborStreamWriter writer(&body); // writes from the start of `body`, replacing what it held
        writeBody(writer, message);
    }
    const QByteArray bytes = char(message.type) + body;
    if (isHandshake(message.type) && bytes.size() > HandshakeMaxFrameSize) {
        *error = handshakeTooLargeError(message.type, bytes.size());
        return false;
    }
    *payload = bytes;
    return true;
}

bool RcmdProtocol::decodePayload(QByteArrayView payload, RcmdMessage *message, QString *error)
{
    if (payload.isEmpty()) {
        *error = tr("The remote-command message is empty: every message starts with a type byte.");
        return false;
    }
    const quint8 typeByte = quint8(payload.front());
    const std::optional<Type> type = typeFromByte(typeByte);
    if (!type) {
        //: %1 is a byte in hexadecimal, %2 the protocol version.
        *error = tr("Unknown remote-command message type 0x%1: the peer does not speak SocketLab remote-command "
                    "protocol version %2.")
                     .arg(typeByte, 2, 16, QLatin1Char('0'))
                     .arg(Version);
        return false;
    }
    if (isHandshake(*type) && payload.size() > HandshakeMaxFrameSize) {
        *error = handshakeTooLargeError(*type, payload.size());
        return false;
    }
    BodyReader body(*type, payload.sliced(1));
    RcmdMessage decoded;
    decoded.type = *type;
    if (!body.read(error) || !assign(body, &decoded, error) || !validate(decoded, error))
        return false;
    *message = std::move(decoded);
    return true;
}
