; Inno Setup 6.3+ script: per-user installer of the PyInstaller one-folder build
; (dist\SistemKerjaDesktop: SistemKerjaDesktop.exe, the program, and sistemkerja.exe, the command
; line; packaging\pyinstaller\sistemkerja.spec). On Windows, from the checkout:
;
;   python packaging\frozen.py build
;   python packaging\frozen.py smoke
;   python packaging\frozen.py installer    -> dist\SistemKerjaDesktop-<versi>-setup.exe
;
; The version has one source, sistemkerja_desktop\__init__.py: frozen.py passes it as
; /DVersion=... (and /DVersionNumeric=a.b.c.d); this script has none of its own.
; Installs without administrator rights into %LOCALAPPDATA%\Programs\SistemKerjaDesktop. The
; user's data (database, backups, logs) lives in the user profile, %LOCALAPPDATA%\SistemKerjaDesktop
; (sistemkerja_desktop\paths.py through platformdirs), never next to the programs; uninstalling
; leaves it in place.

#if Ver < EncodeVer(6, 3, 0, 0)
  #error Perlu Inno Setup 6.3 atau lebih baru (x64compatible)
#endif
#ifndef Version
  #error Versi tidak diberikan. Bangun dengan: python packaging\frozen.py installer
#endif
#ifndef VersionNumeric
  #error VersionNumeric (a.b.c.d) tidak diberikan. Bangun dengan: python packaging\frozen.py installer
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\SistemKerjaDesktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Sistem Kerja Desktop"
#define AppExe "SistemKerjaDesktop.exe"
#define CliExe "sistemkerja.exe"
#define DataFolder "SistemKerjaDesktop"

; Indonesian wizard texts: Indonesian.isl is one of Inno Setup's unofficial translations (not
; installed with it; https://jrsoftware.org/files/istrans/). Put it beside this script or in the
; compiler's Languages folder; without it the wizard speaks English.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define MessagesIsl "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define MessagesIsl "compiler:Languages\Indonesian.isl"
#else
  #pragma warning "Indonesian.isl tidak ditemukan: wizard pemasangan berbahasa Inggris"
  #define MessagesIsl "compiler:Default.isl"
#endif

[Setup]
AppId={{8F0C6E51-4C1B-4E7B-9F1A-5D3B2C7A9E10}
AppName={#AppName}
AppVersion={#Version}
AppVerName={#AppName} {#Version}
AppPublisher={#AppName}
VersionInfoVersion={#VersionNumeric}
VersionInfoProductVersion={#VersionNumeric}
VersionInfoProductTextVersion={#Version}
DefaultDirName={localappdata}\Programs\SistemKerjaDesktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=SistemKerjaDesktop-{#Version}-setup
SetupIconFile=..\..\resources\icons\sistemkerja.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "id"; MessagesFile: "{#MessagesIsl}"

[Tasks]
Name: "desktopicon"; Description: "Buat pintasan di desktop"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Dirs]
; The data folder the program uses (paths.data_dir); kept when the program is uninstalled.
Name: "{localappdata}\{#DataFolder}"; Flags: uninsneveruninstall

[Icons]
; Start menu (per user: Start Menu\Programs\Sistem Kerja Desktop).
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Tim kerja, penugasan dan bagan Perangkat Daerah"
Name: "{group}\{#AppName} - baris perintah"; Filename: "{cmd}"; Parameters: "/K set ""PATH={app};%PATH%"" && {#CliExe} --help"; WorkingDir: "{userdocs}"; Comment: "Perintah sistemkerja (bantuan: sistemkerja -h)"
Name: "{group}\Folder data {#AppName}"; Filename: "{localappdata}\{#DataFolder}"; Comment: "Basis data, cadangan dan catatan (log)"
Name: "{group}\Copot {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--demo-jika-kosong"; Description: "Jalankan {#AppName}"; Flags: nowait postinstall skipifsilent
