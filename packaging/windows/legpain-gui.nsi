; legpain-gui Windows installer (NSIS 3). Wraps the PyInstaller one-folder build into a setup.exe.
; Per-user install, no admin rights: Program files under %LOCALAPPDATA%\Programs, Start-menu entry,
; optional desktop shortcut, licence page, uninstaller listed in Apps. The user's notes (%APPDATA%\legpain-gui)
; are kept on uninstall unless the user ticks the box to remove them, and an upgrade replaces only the
; program files.
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=dist\legpain-gui /DOUTFILE=dist\legpain-gui-0.1.0-setup.exe legpain-gui.nsi
; Built and smoke-tested under Wine by packaging/windows/build.sh and smoke_test.sh (`make windows`).
Unicode true
!ifdef TARGET_AMD64  ; build.sh: a 64-bit installer, which Wine's 64-bit-only prefix runs (a 32-bit one silently
  Target amd64-unicode ; does nothing there). The official Windows NSIS has only x86 stubs; both run on 64-bit Windows.
!endif
!ifndef VERSION
  !error "Pass the version: /DVERSION=x.y.z (read from legpain_gui/__init__.py)"
!endif
!ifndef VERSION_NUMERIC  ; four numbers for the file properties; build.sh derives them from VERSION
  !define VERSION_NUMERIC "${VERSION}.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\..\dist\legpain-gui"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\legpain-gui-${VERSION}-setup.exe"
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "legpain-gui ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\legpain-gui"
InstallDirRegKey HKCU "Software\legpain-gui" "InstallDir"
!ifdef FAST_COMPRESSION  ; test installers only (upgrade_test.sh): seconds instead of a minute and a half
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64  ; the two executables share their Python archive: one copy in the dictionary
!endif

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey "ProductName" "legpain-gui"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Offline reference on the autoimmune causes of severe leg pain"
VIAddVersionKey "LegalCopyright" "legpain-gui developers (MIT)"
VIAddVersionKey "CompanyName" "legpain-gui developers"

!define MUI_ABORTWARNING
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!insertmacro MUI_PAGE_LICENSE "license.txt"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\legpain-gui.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "legpain-gui (required)" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"   ; an upgrade replaces the program files, never the user's data
  File /r "${SOURCE_DIR}\*.*"
  WriteRegStr HKCU "Software\legpain-gui" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\legpain-gui"
  CreateShortcut "$SMPROGRAMS\legpain-gui\legpain-gui.lnk" "$INSTDIR\legpain-gui.exe"
  CreateShortcut "$SMPROGRAMS\legpain-gui\Uninstall legpain-gui.lnk" "$INSTDIR\uninstall.exe"
  !define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\legpain-gui"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "legpain-gui"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "legpain-gui developers"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\legpain-gui.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\legpain-gui.lnk" "$INSTDIR\legpain-gui.exe"
SectionEnd

Section "un.legpain-gui (program files)" UnSecMain
  SectionIn RO
  SetShellVarContext current
  Delete "$DESKTOP\legpain-gui.lnk"
  RMDir /r "$SMPROGRAMS\legpain-gui"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\legpain-gui.exe"
  Delete "$INSTDIR\legpain-gui-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\legpain-gui"
  DeleteRegKey HKCU "Software\legpain-gui"
SectionEnd

Section /o "un.Also remove my notes, favourites and saved sets" UnSecData
  SetShellVarContext current
  RMDir /r "$APPDATA\legpain-gui"
SectionEnd
