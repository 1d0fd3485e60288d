// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "lifecyclestrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>

namespace {

/** The step of `state`, -1 for Idle. */
int stepOf(TcpClient::State state)
{
    switch (state) {
    case TcpClient::State::Idle:
        return -1;
    case TcpClient::State::LookingUp:
        return 0;
    case TcpClient::State::Connecting:
        return 1;
    case TcpClient::State::Connected:
        return 2;
    case TcpClient::State::Closing:
        return 3;
    case TcpClient::State::Closed:
        return 4;
    }
    return -1;
}

/** `foreground` moved towards `background` by `amount` (0..1): a grey that follows light and dark palettes. */
QColor blend(const QColor &foreground, const QColor &background, double amount)
{
    const auto mix = [amount](int from, int to) { return static_cast<int>(from + (to - from) * amount + 0.5); };
    return QColor(mix(foreground.red(), background.red()), mix(foreground.green(), background.green()),
                  mix(foreground.blue(), background.blue()));
}

} // namespace

LifecycleStrip::LifecycleStrip(QWidget *parent)
    : QWidget(parent)
{
    static const std::array<const char *, StepCount> names = {"lookingUpLabel", "connectingLabel", "connectedLabel",
                                                              "closingLabel", "closedLabel"};
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < StepCount; ++i) {
        if (i > 0) {
            auto *arrow = new QLabel(this);
            arrow->setObjectName(QStringLiteral("arrow%1Label").arg(i));
            m_arrows[static_cast<size_t>(i - 1)] = arrow;
            layout->addWidget(arrow);
        }
        auto *step = new QLabel(this);
        step->setObjectName(QLatin1String(names[static_cast<size_t>(i)]));
        m_steps[static_cast<size_t>(i)] = step;
        layout->addWidget(step);
    }
    layout->addStretch(1);
    retranslate();
    updateLooks();
}

LifecycleStrip::~LifecycleStrip() = default;

void LifecycleStrip::setState(TcpClient::State state)
{
    const int step = stepOf(state);
    int highest = -1; // the latest step this attempt reached
    for (int i = 0; i < StepCount; ++i) {
        if (m_visited[static_cast<size_t>(i)])
            highest = i;
    }
    // Idle, or going back to an earlier step (a reconnect after Closed), starts a new attempt.
    if (step < 0 || (state != m_state && step <= highest))
        m_visited.fill(false);
    if (step >= 0)
        m_visited[static_cast<size_t>(step)] = true;
    m_state = state;
    updateLooks();
}

QString LifecycleStrip::currentStepText() const
{
    const int step = stepOf(m_state);
    return step >= 0 ? m_steps[static_cast<size_t>(step)]->text() : QString();
}

void LifecycleStrip::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LayoutDirectionChange:
        retranslate();
        break;
    case QEvent::PaletteChange:
        updateLooks();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void LifecycleStrip::retranslate()
{
    const std::array<QString, StepCount> texts = {tr("Looking up"), tr("Connecting"), tr("Connected"), tr("Closing"),
                                                  tr("Closed")};
    for (size_t i = 0; i < texts.size(); ++i)
        m_steps[i]->setText(texts[i]);
    const QString arrow = layoutDirection() == Qt::RightToLeft ? QStringLiteral("\u2190") : QStringLiteral("\u2192");
    for (QLabel *label : m_arrows)
        label->setText(arrow);
}

void LifecycleStrip::updateLooks()
{
    const QPalette colors = palette();
    const QColor text = colors.color(QPalette::WindowText);
    const QColor window = colors.color(QPalette::Window);
    const QString past = blend(text, window, 0.2).name();
    const QString later = blend(text, window, 0.55).name();
    // Highlight and HighlightedText are the pair every palette, light or dark, keeps readable together.
    const QString current =
        QStringLiteral("QLabel { color: %1; background-color: %2; border-radius: 3px; padding: 1px "
                       "6px; }")
            .arg(colors.color(QPalette::HighlightedText).name(), colors.color(QPalette::Highlight).name());
    const QString plain = QStringLiteral("QLabel { color: %1; padding: 1px 6px; }");

    const int currentStep = stepOf(m_state);
    for (int i = 0; i < StepCount; ++i) {
        QLabel *label = m_steps[static_cast<size_t>(i)];
        const bool isCurrent = i == currentStep;
        const bool isPast = i < currentStep && m_visited[static_cast<size_t>(i)];
        label->setProperty("step",
                           isCurrent    ? QStringLiteral("current")
                               : isPast ? QStringLiteral("past")
                                        : QStringLiteral("later"));
        label->setStyleSheet(isCurrent ? current : plain.arg(isPast ? past : later));
        QFont font = label->font();
        font.setBold(isCurrent);
        label->setFont(font);
    }
    for (QLabel *arrow : m_arrows)
        arrow->setStyleSheet(plain.arg(later));
}
