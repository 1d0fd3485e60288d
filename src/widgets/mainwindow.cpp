// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>

#include "appsettings.h"
#include "buildinfo.h"
#include "engine/enginethread.h"
#include "i18n/languagemanager.h"
#include "lessonsdialog.h"
#include "quicksendmodel.h"
#include "remotecommandpage.h"
#include "tcpclientpage.h"
#include "tcpserverpage.h"
#include "udppage.h"
#include "ui_mainwindow.h"
#include "visualizerpage.h"

namespace {
/** "tcpServerTab" -> "tcp-server": file names and test ids that do not change with the language. */
QString idFromObjectName(QString name)
{
    if (name.endsWith(QLatin1String("Tab")))
        name.chop(3);
    QString id;
    for (const QChar c : std::as_const(name)) {
        if (c.isUpper() && !id.isEmpty())
            id += QLatin1Char('-');
        id += c.toLower();
    }
    return id;
}
} // namespace

MainWindow::MainWindow(LanguageManager *languages, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setUpLanguageMenu();
    setUpPages();

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->lessonsAction, &QAction::triggered, this, &MainWindow::showLessons);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    if (m_settings) {
        restoreGeometry(m_settings->mainWindowGeometry());
        restoreState(m_settings->mainWindowState());
        showPage(m_settings->currentTab());
    }
    retranslate();
}

MainWindow::~MainWindow()
{
    // Pages end their engine objects through the engine thread, so they go first.
    delete m_tcpServerPage;
    delete m_tcpClientPage;
    delete m_udpPage;
    delete m_remoteCommandPage;
    delete m_visualizerPage;
    m_engine.reset();
}

void MainWindow::setUpPages()
{
    m_engine = std::make_unique<EngineThread>();
    m_quickSend = new QuickSendModel(this);
    if (m_settings)
        m_quickSend->setEntries(m_settings->quickSendEntries());
    m_tcpServerPage = new TcpServerPage(m_engine.get(), m_quickSend, m_settings, m_ui->tcpServerTab);
    m_tcpClientPage = new TcpClientPage(m_engine.get(), m_quickSend, m_settings, m_ui->tcpClientTab);
    m_udpPage = new UdpPage(m_engine.get(), m_quickSend, m_settings, m_ui->udpTab);
    m_remoteCommandPage = new RemoteCommandPage(m_engine.get(), m_settings, m_ui->remoteCommandTab);
    m_visualizerPage = new VisualizerPage(m_engine.get(), m_ui->packetVisualizerTab);
    m_ui->tcpServerLayout->addWidget(m_tcpServerPage);
    m_ui->tcpClientLayout->addWidget(m_tcpClientPage);
    m_ui->udpLayout->addWidget(m_udpPage);
    m_ui->remoteCommandLayout->addWidget(m_remoteCommandPage);
    m_ui->packetVisualizerLayout->addWidget(m_visualizerPage);
    connect(m_tcpServerPage, &TcpServerPage::visualizeRequested, this, &MainWindow::handOverTrace);
    connect(m_tcpClientPage, &TcpClientPage::visualizeRequested, this, &MainWindow::handOverTrace);
}

void MainWindow::handOverTrace(const QString &title, const StreamTrace &trace)
{
    m_handedTrace = trace;
    m_handedTraceTitle = title;
    m_visualizerPage->showTrace(title, trace);
    m_ui->pagesTabWidget->setCurrentWidget(m_ui->packetVisualizerTab);
    emit traceHandedOver(title, trace);
}

int MainWindow::pageCount() const
{
    return m_ui->pagesTabWidget->count();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < pageCount())
        m_ui->pagesTabWidget->setCurrentIndex(index);
}

QString MainWindow::pageId(int index) const
{
    const QWidget *page = m_ui->pagesTabWidget->widget(index);
    return page ? idFromObjectName(page->objectName()) : QString();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QStringList codes = LanguageManager::supportedLanguages();
    for (const QString &code : codes) {
        // Each language is listed in its own name, so anyone can find theirs whatever is shown now.
        QAction *action = m_ui->languageMenu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(QStringLiteral("languageAction_") + code);
        action->setData(code);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (!m_languages)
                return;
            m_languages->setLanguage(code);
            if (m_settings)
                m_settings->setLanguage(code);
        });
    }
    m_ui->languageMenu->setEnabled(m_languages != nullptr);
}

void MainWindow::retranslate()
{
    const QString current = m_languages ? m_languages->language() : QStringLiteral("en");
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == current);
    m_ui->statusBar->showMessage(tr("Ready"));
}

void MainWindow::showLessons()
{
    // One window, brought to the front again; it follows language switches by itself.
    if (!m_lessons) {
        m_lessons = new LessonsDialog(m_languages, this);
        m_lessons->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_lessons->show();
    m_lessons->raise();
    m_lessons->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SocketLab"),
                       tr("<h3>SocketLab %1</h3>"
                          "<p>A desktop network laboratory: TCP server and client, UDP, remote commands, "
                          "and a visual lab that shows how TCP merges and splits what you send.</p>"
                          "<p>Built with Qt %2. Released under the MIT license.</p>")
                           .arg(BuildInfo::version(), BuildInfo::qtVersion()));
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_tcpServerPage->saveSettings();
    m_tcpClientPage->saveSettings();
    m_udpPage->saveSettings();
    m_remoteCommandPage->saveSettings();
    m_settings->setQuickSendEntries(m_quickSend->entries());
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(QMainWindow::saveState());
    m_settings->setCurrentTab(m_ui->pagesTabWidget->currentIndex());
    m_settings->sync();
}
