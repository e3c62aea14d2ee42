; Inno Setup 6 script: a per-user installer of the PyInstaller folder (no admin rights).
;
;   iscc /DAppVersion=0.1.0 resources\windows\minutes-app.iss
;
; run from the repository root after `python packaging\build.py`; writes
; dist\minutes-app-<version>-setup.exe. The file is UTF-8 with a BOM (Inno Setup
; reads the Chinese text correctly only so).
;
; The program goes to %LOCALAPPDATA%\Programs\minutes-app; the user's data (database,
; backups, logs, settings) lives in %LOCALAPPDATA%\minutes-app, a different folder that
; the installer never writes and the uninstaller never deletes: uninstalling removes
; the program only, and reinstalling finds the data where it was.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\minutes-app"
#endif

[Setup]
AppId={{5E0C7A4B-3F61-4C2E-9A8D-6B1F2D7E9C30}
AppName=协会会议纪要
AppVersion={#AppVersion}
AppVerName=协会会议纪要 {#AppVersion}
AppPublisher=minutes-app
VersionInfoVersion={#AppVersion}
VersionInfoProductName=minutes-app
DefaultDirName={localappdata}\Programs\minutes-app
DefaultGroupName=协会会议纪要
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=minutes-app-{#AppVersion}-setup
SetupIconFile=..\icons\minutes-app.ico
UninstallDisplayIcon={app}\minutes-app.exe
UninstallDisplayName=协会会议纪要 {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; ChineseSimplified.isl: official in recent Inno Setup; the workflow copies the
; translators' file into the compiler's Languages folder where it is missing.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面创建快捷方式
english.DesktopIcon=Create a desktop shortcut
chinesesimplified.StartApp=启动协会会议纪要
english.StartApp=Start Association Minutes

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's files wholesale: no library of the old version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\协会会议纪要"; Filename: "{app}\minutes-app.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\协会会议纪要"; Filename: "{app}\minutes-app.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\minutes-app.exe"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: %LOCALAPPDATA%\minutes-app (the user's meetings) is kept.
