; Inno Setup script for Työkykytiimi: a per-user installer of the PyInstaller bundle.
;
; Build the bundle first (packaging\windows\BUILD.md), then, from the repository root:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\tyokykytiimi.iss
; The installer is written to dist\tyokykytiimi-<version>-setup.exe.
;
; - Installs for the signed-in user only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\Tyokykytiimi.
; - A Start-menu shortcut; a desktop shortcut if chosen.
; - Uninstalling removes the program only. The team's encrypted database and
;   its backups live in %LOCALAPPDATA%\tyokykytiimi (or wherever the team put
;   them) and are kept; the uninstaller says so.
; - Installer languages: Finnish, Swedish, English (by the Windows language).
;
; This file is UTF-8; Inno Setup 6.4 or newer is needed (UTF-8 scripts without
; a BOM, and Swedish.isl among the official translations).

#if Ver < EncodeVer(6, 4, 0)
  #error Inno Setup 6.4 or newer is needed
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Työkykytiimi"
#define AppExe "tyokykytiimi.exe"
#define BundleDir "..\..\dist\tyokykytiimi"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{6F0C6B2E-3C57-4B8B-9C1E-2D5A7E4F9A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Tyokykytiimi
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; per user, no administrator rights: {autopf} is then %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=tyokykytiimi-{#AppVersion}-setup
SetupIconFile=..\icons\tyokykytiimi.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; the program must be closed to be updated or removed
CloseApplications=yes
RestartApplications=no
#ifdef Sign
; ISCC /DSign "/Ssigntool=signtool.exe sign /fd SHA256 /tr <time-stamp URL> /td SHA256 /n $q<subject>$q $f"
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.DataKept=Työkykytiimi on poistettu. Tietokantaa ja varmuuskopioita ei poistettu: ne ovat kansiossa%n%n%1%n%nPoista kansio itse vasta, kun tietoja ei enää tarvita ja niiden säilytysaika on päättynyt.
sv.DataKept=Työkykytiimi har avinstallerats. Databasen och säkerhetskopiorna togs inte bort: de finns i mappen%n%n%1%n%nTa bort mappen själv först när uppgifterna inte längre behövs och deras lagringstid har gått ut.
en.DataKept=Työkykytiimi has been uninstalled. The database and its backups were not removed: they are in the folder%n%n%1%n%nRemove the folder yourself only when the data is no longer needed and its retention period has ended.

[Messages]
; the uninstaller's own question says up front that the data stays
fi.ConfirmUninstall=Haluatko poistaa ohjelman %1?%n%nTietokanta ja varmuuskopiot jäävät koneelle; ohjelman poistaminen ei poista niitä.
sv.ConfirmUninstall=Vill du avinstallera %1?%n%nDatabasen och säkerhetskopiorna finns kvar på datorn; avinstallationen tar inte bort dem.
en.ConfirmUninstall=Do you want to uninstall %1?%n%nThe database and its backups stay on this computer; uninstalling does not remove them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the bundle's libraries wholesale: old files must not linger
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program's own folder holds; the data folder is elsewhere and stays
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DataDir(): String;
begin
  { tyokykytiimi.paths.default_data_dir(): TYOKYKYTIIMI_DATA_DIR, else platformdirs' %LOCALAPPDATA%\tyokykytiimi }
  Result := GetEnv('TYOKYKYTIIMI_DATA_DIR');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\tyokykytiimi');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir()]), mbInformation, MB_OK);
end;
