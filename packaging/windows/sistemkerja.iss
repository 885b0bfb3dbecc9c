; Inno Setup script: per-user install of the PyInstaller one-folder build.
; Build: iscc /DVersion=0.1.0 packaging\windows\sistemkerja.iss
; Data stays in the user profile (%LOCALAPPDATA%\SistemKerjaDesktop), never next to the exe.
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{8F0C6E51-4C1B-4E7B-9F1A-5D3B2C7A9E10}
AppName=Sistem Kerja Desktop
AppVersion={#Version}
AppPublisher=Sistem Kerja Desktop
DefaultDirName={localappdata}\Programs\SistemKerjaDesktop
DefaultGroupName=Sistem Kerja Desktop
PrivilegesRequired=lowest
OutputBaseFilename=SistemKerjaDesktop-{#Version}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"

[Files]
Source: "..\..\dist\SistemKerjaDesktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Sistem Kerja Desktop"; Filename: "{app}\SistemKerjaDesktop.exe"
Name: "{userdesktop}\Sistem Kerja Desktop"; Filename: "{app}\SistemKerjaDesktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Buat pintasan di desktop"; Flags: unchecked

[Run]
Filename: "{app}\SistemKerjaDesktop.exe"; Parameters: "--demo-jika-kosong"; Description: "Jalankan Sistem Kerja Desktop"; Flags: nowait postinstall skipifsilent
