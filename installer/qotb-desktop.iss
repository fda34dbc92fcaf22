; Inno Setup 6 script of the Windows installer of qotb-desktop.
; Built by installer\build-windows.ps1, which first makes the one-folder program
; (dist\qotb-desktop\, PyInstaller with QOTB_ONEDIR=1) and passes the version:
;   ISCC.exe /DAppVersion=0.4.0 installer\qotb-desktop.iss
;
; The user's database is never in the program's folder: it lives in the user's
; data folder (%LOCALAPPDATA%\qotb-desktop\qotb.sqlite, see qotb_desktop/paths.py
; and wiring.py). So uninstalling removes the program only, and installing a newer
; version over an older one keeps the data; the new version migrates the database
; on its first start, after copying it beside itself (store/migrate.py).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The AppId stays the same for every version: it is how an upgrade finds the old one.
AppId={{6F1C2E0A-4B9D-4E83-9A57-2C1D9B7E5A31}
AppName=qotb-desktop
AppVerName=qotb-desktop {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=دبیرخانه شورای قطب‌های علمی
DefaultDirName={autopf}\qotb-desktop
DefaultGroupName=قطب‌های علمی
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may
; choose to install for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=qotb-desktop-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName=qotb-desktop
; A running copy is closed (asked) before its files are replaced.
CloseApplications=yes
ShowLanguageDialog=yes

[Languages]
; Persian: Inno Setup ships no Persian translation, so the messages the clerk sees
; most are translated in installer\Persian.isl (our own text), over the English
; defaults; the wizard runs right to left.
Name: "fa"; MessagesFile: "compiler:Default.isl,Persian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\qotb-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's own files entirely (a library dropped from the
; new build must not linger). Only {app}: the user's data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\qotb-desktop.exe"
Name: "{group}\{cm:UninstallProgram,qotb-desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\qotb-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\qotb-desktop.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is deliberately empty: the database and its backups in the
; user's data folder are the office's records and stay after an uninstall.

[CustomMessages]
fa.AppTitle=دبیرخانه قطب‌های علمی
en.AppTitle=Centres of Excellence Secretariat
