// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "trafficstatusbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "byteformat.h"

TrafficStatusBar::TrafficStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_messageLabel(new QLabel(this))
    , m_rxLabel(new QLabel(this))
    , m_txLabel(new QLabel(this))
    , m_droppedLabel(new QLabel(this))
    , m_resetButton(new QToolButton(this))
{
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_rxLabel->setObjectName(QStringLiteral("rxLabel"));
    m_txLabel->setObjectName(QStringLiteral("txLabel"));
    m_droppedLabel->setObjectName(QStringLiteral("droppedLabel"));
    m_resetButton->setObjectName(QStringLiteral("resetToolButton"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_messageLabel->setMinimumWidth(120);
    m_droppedLabel->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_droppedLabel->hide();
    // One line under the page: extra height belongs to the data view above.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_droppedLabel);
    layout->addWidget(m_rxLabel);
    layout->addWidget(m_txLabel);
    layout->addWidget(m_resetButton);

    connect(m_resetButton, &QToolButton::clicked, this, &TrafficStatusBar::reset);
    render();
}

TrafficStatusBar::~TrafficStatusBar() = default;

void TrafficStatusBar::setTraffic(const TrafficSnapshot &traffic)
{
    m_last = traffic;
    render();
}

void TrafficStatusBar::setDropped(quint64 dropped)
{
    m_dropped = dropped;
    render();
}

void TrafficStatusBar::reset()
{
    m_baseline = m_last;
    m_droppedBaseline = m_dropped;
    render();
}

void TrafficStatusBar::showInfo(const QString &text)
{
    m_error = false;
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(text);
    m_messageLabel->setToolTip(text);
}

void TrafficStatusBar::showError(const QString &text)
{
    m_error = true;
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_messageLabel->setText(text);
    m_messageLabel->setToolTip(text);
}

void TrafficStatusBar::clearMessage()
{
    showInfo(QString());
}

QString TrafficStatusBar::message() const
{
    return m_messageLabel->text();
}

void TrafficStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void TrafficStatusBar::render()
{
    const TrafficSnapshot shown = this->shown();
    m_rxLabel->setText(
        tr("RX %1 · %n message(s) · %2", nullptr, static_cast<int>(qMin<qint64>(shown.messagesIn, INT_MAX)))
            .arg(ByteFormat::size(shown.bytesIn), ByteFormat::rate(shown.bytesInPerSecond)));
    m_txLabel->setText(
        tr("TX %1 · %n message(s) · %2", nullptr, static_cast<int>(qMin<qint64>(shown.messagesOut, INT_MAX)))
            .arg(ByteFormat::size(shown.bytesOut), ByteFormat::rate(shown.bytesOutPerSecond)));
    m_rxLabel->setToolTip(tr("Received: %1 bytes in %2 messages").arg(shown.bytesIn).arg(shown.messagesIn));
    m_txLabel->setToolTip(tr("Sent: %1 bytes in %2 messages").arg(shown.bytesOut).arg(shown.messagesOut));
    const quint64 dropped = m_dropped - m_droppedBaseline;
    m_droppedLabel->setVisible(dropped > 0);
    m_droppedLabel->setText(tr("%1 rows not shown").arg(dropped));
    m_droppedLabel->setToolTip(
        tr("The view could not keep up, so these rows were left out of it; the counters still count "
           "their bytes."));
    m_resetButton->setText(tr("Reset"));
    m_resetButton->setToolTip(tr("Count from zero again"));
}
