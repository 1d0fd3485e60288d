// SPDX-FileCopyrightText: SocketLab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QMainWindow>

class QActionGroup;
class AppSettings;
class LanguageManager;

namespace Ui {
class MainWindow;
}

/** The main window: one tab per tool, a menu bar and a status bar. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** `languages` switches the UI language; `settings` (may be null) restores and keeps window state. */
    MainWindow(LanguageManager *languages, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Number of pages (tabs). */
    int pageCount() const;
    /** Shows the page at `index` (tab order). */
    void showPage(int index);
    /** A stable, untranslated identifier of the page at `index`, e.g. "tcp-server". */
    QString pageId(int index) const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpLanguageMenu();
    void retranslate();
    void showAbout();
    void saveState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages;
    AppSettings *m_settings;
    QActionGroup *m_languageGroup = nullptr;
};
