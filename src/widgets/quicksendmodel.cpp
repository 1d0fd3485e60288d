// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "quicksendmodel.h"

#include <optional>

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include "payload/payloadbuilder.h"

namespace {

const QLatin1String VersionKey("version");
const QLatin1String EntriesKey("entries");
const QLatin1String NameKey("name");
const QLatin1String CommentKey("comment");
const QLatin1String FormatKey("format");
const QLatin1String ContentKey("content");

/** The formats a list may hold, by their JSON names (PayloadBuilder::formatName(); a file path is not a message). */
std::optional<PayloadSpec::Format> formatFromName(const QString &name)
{
    const auto format = PayloadBuilder::formatFromName(name);
    if (!format || *format == PayloadSpec::Format::File || PayloadBuilder::formatName(*format) != name)
        return std::nullopt;
    return format;
}

/** `value` as JSON text, for messages that quote what was found. */
QString jsonText(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects, so the value is written inside an array.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

/** The content on one line: a table row is one line high. */
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QString(QChar(0x21b5)));
    text.replace(QLatin1Char('\n'), QChar(0x21b5));
    text.replace(QLatin1Char('\r'), QChar(0x21b5));
    return text;
}

} // namespace

QuickSendModel::QuickSendModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QuickSendModel::~QuickSendModel() = default;

int QuickSendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int QuickSendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuickSendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QuickSendEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case FormatColumn:
            return formatDisplayName(entry.format);
        case ContentColumn:
            return oneLine(entry.content);
        case CommentColumn:
            return oneLine(entry.comment);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ContentColumn:
            return entry.content;
        case CommentColumn:
            return entry.comment;
        default:
            return entry.comment.isEmpty() ? QVariant() : QVariant(entry.comment);
        }
    case Qt::FontRole:
        if (index.column() == ContentColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant QuickSendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FormatColumn:
        return tr("Format");
    case ContentColumn:
        return tr("Content");
    case CommentColumn:
        return tr("Comment");
    default:
        return QVariant();
    }
}

QuickSendEntry QuickSendModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : QuickSendEntry();
}

void QuickSendModel::setEntries(const QList<QuickSendEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
    emit entriesChanged();
}

int QuickSendModel::add(const QuickSendEntry &entry)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    endInsertRows();
    emit entriesChanged();
    return row;
}

bool QuickSendModel::replace(int row, const QuickSendEntry &entry)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit entriesChanged();
    return true;
}

bool QuickSendModel::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit entriesChanged();
    return true;
}

bool QuickSendModel::move(int from, int to)
{
    const int count = static_cast<int>(m_entries.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return false;
    if (from == to)
        return true;
    // beginMoveRows() names the row the entry goes before, counted before it is taken out.
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to))
        return false;
    m_entries.move(from, to);
    endMoveRows();
    emit entriesChanged();
    return true;
}

QByteArray QuickSendModel::toJson() const
{
    QJsonArray entries;
    for (const QuickSendEntry &entry : m_entries) {
        QJsonObject object;
        object.insert(NameKey, entry.name);
        object.insert(CommentKey, entry.comment);
        object.insert(FormatKey, PayloadBuilder::formatName(entry.format));
        object.insert(ContentKey, entry.content);
        entries.append(object);
    }
    QJsonObject root;
    root.insert(VersionKey, JsonVersion);
    root.insert(EntriesKey, entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool QuickSendModel::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the parser's reason, e.g. "unterminated string", %2 a 0-based byte offset.
        return fail(tr("The quick-send list is not valid JSON: %1 at byte %2.")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject())
        return fail(tr("The quick-send list must be a JSON object with \"version\" and \"entries\"."));
    const QJsonObject root = document.object();

    const QJsonValue version = root.value(VersionKey);
    if (version.isUndefined())
        return fail(tr("The quick-send list has no \"version\": expected version %1.").arg(JsonVersion));
    if (!version.isDouble() || version.toDouble() != JsonVersion) {
        //: %1 is the version found in the file, %2 the one this SocketLab reads.
        return fail(tr("The quick-send list has version %1, but only version %2 is supported.")
                        .arg(jsonText(version), QString::number(JsonVersion)));
    }

    const QJsonValue entriesValue = root.value(EntriesKey);
    if (!entriesValue.isArray())
        return fail(tr("The quick-send list has no \"entries\" array."));
    const QJsonArray array = entriesValue.toArray();

    QList<QuickSendEntry> entries;
    entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString number = QString::number(i + 1);
        if (!array.at(i).isObject()) {
            //: %1 is the 1-based number of the entry.
            return fail(tr("Entry %1 of the quick-send list is not a JSON object.").arg(number));
        }
        const QJsonObject object = array.at(i).toObject();
        QuickSendEntry entry;

        const QJsonValue name = object.value(NameKey);
        if (!name.isString() || name.toString().trimmed().isEmpty()) {
            //: %1 is the 1-based number of the entry.
            return fail(tr("Entry %1 of the quick-send list has no name.").arg(number));
        }
        entry.name = name.toString();

        const QJsonValue comment = object.value(CommentKey);
        if (!comment.isUndefined() && !comment.isString()) {
            //: %1 is the 1-based number of the entry, %2 its name.
            return fail(tr("Entry %1 (\"%2\") of the quick-send list has a comment that is not a string.")
                            .arg(number, entry.name));
        }
        entry.comment = comment.toString();

        const QJsonValue format = object.value(FormatKey);
        if (!format.isUndefined()) {
            const std::optional<PayloadSpec::Format> parsed = formatFromName(format.toString());
            if (!format.isString() || !parsed) {
                //: %1 is the 1-based number of the entry, %2 its name, %3 the format found.
                return fail(tr("Entry %1 (\"%2\") of the quick-send list has an unknown format \"%3\": use \"text\", "
                               "\"escaped\" or \"hex\".")
                                .arg(number, entry.name, format.isString() ? format.toString() : jsonText(format)));
            }
            entry.format = *parsed;
        }

        const QJsonValue content = object.value(ContentKey);
        if (!content.isUndefined() && !content.isString()) {
            //: %1 is the 1-based number of the entry, %2 its name.
            return fail(tr("Entry %1 (\"%2\") of the quick-send list has content that is not a string.")
                            .arg(number, entry.name));
        }
        entry.content = content.toString();
        entries.append(entry);
    }

    setEntries(entries);
    return true;
}

QString QuickSendModel::formatDisplayName(PayloadSpec::Format format)
{
    switch (format) {
    case PayloadSpec::Format::Text:
        return tr("Text");
    case PayloadSpec::Format::Escaped:
        return tr("Escaped");
    case PayloadSpec::Format::Hex:
        return tr("Hex");
    case PayloadSpec::Format::File:
        return tr("File");
    }
    return QString();
}
