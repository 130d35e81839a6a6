; Inserted into the NSIS uninstaller by CPack (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS): removes the .baton
; association, but only while it still points at Baton.
ReadRegStr $0 SHCTX "Software\Classes\.baton" ""
StrCmp $0 "Baton.Workspace" 0 +2
DeleteRegKey SHCTX "Software\Classes\.baton"
DeleteRegKey SHCTX "Software\Classes\Baton.Workspace"
DeleteRegKey SHCTX "Software\Classes\Applications\baton.exe"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
