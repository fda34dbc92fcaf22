; The Windows installer of qotb-desktop (NSIS 3, Modern UI 2), in Persian, right to left.
;
; Made by installer/build-windows.sh (Linux, Debian's makensis) or build-windows.ps1
; (Windows, NSIS 3), which pass:
;   /DVERSION=0.5.0  /DPROGRAM=<the one-folder build>  /DOUTFILE=<setup.exe>  /DICON=<.ico>
; makensis runs with -WX: a warning fails the build, so a message that NSIS's Persian
; translation lacks (and would show in English) cannot slip through; the ones it lacks
; are written below in Persian.
;
; Per user by default (no administrator rights, into %LOCALAPPDATA%\Programs); an
; administrator is offered «for everyone on this computer» (Program Files).
; /S installs silently, /CurrentUser or /AllUsers chooses without asking.
;
; The clerk's data is not in the program's folder: the database and its backups live
; in the user's data folder (%LOCALAPPDATA%\qotb-desktop\, qotb_desktop/paths.py).
; The installer never writes there and the uninstaller never deletes there. An
; upgrade installs over the old version (the same registry key): the old program
; files go, the data stays, and the new version migrates the database on its first
; start after copying it beside itself.

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION | PROGRAM | OUTFILE | ICON
  !error "pass /DVERSION=... /DPROGRAM=... /DOUTFILE=... /DICON=... (see installer/build-windows.sh)"
!endif
; The version as the wizard shows it, in Persian digits.
!searchreplace VERSION_FA "${VERSION}" "0" "۰"
!searchreplace VERSION_FA "${VERSION_FA}" "1" "۱"
!searchreplace VERSION_FA "${VERSION_FA}" "2" "۲"
!searchreplace VERSION_FA "${VERSION_FA}" "3" "۳"
!searchreplace VERSION_FA "${VERSION_FA}" "4" "۴"
!searchreplace VERSION_FA "${VERSION_FA}" "5" "۵"
!searchreplace VERSION_FA "${VERSION_FA}" "6" "۶"
!searchreplace VERSION_FA "${VERSION_FA}" "7" "۷"
!searchreplace VERSION_FA "${VERSION_FA}" "8" "۸"
!searchreplace VERSION_FA "${VERSION_FA}" "9" "۹"

!define TITLE "دبیرخانه قطب‌های علمی"
!define PUBLISHER "دبیرخانه شورای قطب‌های علمی"
!define EXE "qotb-desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\qotb-desktop"

Name "${TITLE}"
OutFile "${OUTFILE}"
BrandingText "${TITLE} — ${VERSION_FA}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

; --- For whom: the current user by default, everyone when an administrator chooses it
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "qotb-desktop"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

; --- Persian text that NSIS's Farsi translation does not have (it would fall back to English)
!define MULTIUSER_TEXT_INSTALLMODE_TITLE "برای چه کسانی"
!define MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "برنامه را برای چه کسانی نصب کنیم؟"
!define MULTIUSER_INNERTEXT_INSTALLMODE_TOP "«$(^NameDA)» را می‌توان فقط برای خودتان یا برای همهٔ کاربران این رایانه نصب کرد. $(^ClickNext)"
!define MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "برای همهٔ کاربران این رایانه"
!define MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "فقط برای خودم (پیشنهادی)"
!define MULTIUSER_INIT_TEXT_ADMINREQUIRED "برای این کار دسترسی مدیر سیستم لازم است."
!define MULTIUSER_INIT_TEXT_POWERREQUIRED "برای این کار دسترسی مدیر سیستم لازم است."
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "نصب برای همهٔ کاربران به دسترسی مدیر سیستم نیاز دارد؛ برنامه فقط برای شما نصب می‌شود."

; --- The pages
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

!define MUI_WELCOMEPAGE_TITLE "به نصب «${TITLE}» خوش آمدید"
!define MUI_WELCOMEPAGE_TEXT "این برنامه «${TITLE}»، نسخهٔ ${VERSION_FA}، را روی این رایانه نصب می‌کند.$\r$\n$\r$\nاگر نسخهٔ دیگری از آن نصب است، این نسخه جای آن را می‌گیرد و همهٔ داده‌ها (پایگاه داده و نسخه‌های پشتیبان) دست‌نخورده می‌مانند.$\r$\n$\r$\n$_CLICK"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "نصب «${TITLE}» به پایان رسید"
!define MUI_FINISHPAGE_TEXT "برنامه نصب شد. میانبر آن در منوی شروع و روی میزکار است.$\r$\n$\r$\nداده‌ها در پوشهٔ داده‌های کاربر نگه داشته می‌شوند، نه در پوشهٔ برنامه."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "باز کردن برنامه"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "برنامه از این رایانه برداشته می‌شود. داده‌ها (پایگاه داده و نسخه‌های پشتیبان در پوشهٔ داده‌های کاربر) پاک نمی‌شوند و با نصب دوباره در دسترس‌اند."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Farsi"

LangString COPYING_FILES ${LANG_FARSI} "رونوشت پرونده‌های برنامه…"
LangString MAKING_SHORTCUTS ${LANG_FARSI} "ساختن میانبرها…"
LangString REMOVING_FILES ${LANG_FARSI} "برداشتن پرونده‌های برنامه…"
LangString PROGRAM_RUNNING ${LANG_FARSI} "برنامه باز است. آن را ببندید و «تلاش دوباره» را بزنید."

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_FARSI} "ProductName" "${TITLE}"
VIAddVersionKey /LANG=${LANG_FARSI} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FARSI} "FileDescription" "نصب ${TITLE}"
VIAddVersionKey /LANG=${LANG_FARSI} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FARSI} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FARSI} "LegalCopyright" "${PUBLISHER}"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; The program's own files may be replaced only when it is closed.
!macro CLOSED_OR_ABORT
  retry_closed:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    Delete "$INSTDIR\${EXE}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(PROGRAM_RUNNING)" /SD IDCANCEL IDRETRY retry_closed
      Abort
    ${EndIf}
  ${EndIf}
!macroend

Section "install"
  SetOutPath "$INSTDIR"
  !insertmacro CLOSED_OR_ABORT
  ; An upgrade replaces the program's files whole: a library dropped from the new
  ; build must not linger. Only the program's folder; the data folder is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  ; The progress line names no file (the program's file names are Latin): one Persian line.
  SetDetailsPrint both
  DetailPrint "$(COPYING_FILES)"
  SetDetailsPrint none
  File /r "${PROGRAM}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  SetDetailsPrint both
  DetailPrint "$(MAKING_SHORTCUTS)"
  SetDetailsPrint none

  CreateShortCut "$SMPROGRAMS\${TITLE}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortCut "$DESKTOP\${TITLE}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${TITLE}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "uninstall"
  !insertmacro CLOSED_OR_ABORT
  SetDetailsPrint both
  DetailPrint "$(REMOVING_FILES)"
  SetDetailsPrint none
  ; Only what the installer put here, by name: never the whole folder (the clerk
  ; may have chosen a folder that holds other things), never the data folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${TITLE}.lnk"
  Delete "$DESKTOP\${TITLE}.lnk"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
SectionEnd
