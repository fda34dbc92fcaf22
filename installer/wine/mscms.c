/* A stand-in for mscms.dll (colour management), for testing the Windows build under Wine only.
 *
 * Why: Qt's Windows platform plugin (qwindows.dll) imports four mscms functions. Wine 8's
 * own mscms.dll lacks WcsCreateIccProfile, and Wine aborts the program when Qt calls it as
 * the first window is shown. Here every colour profile is "not available": Qt then takes
 * the screen as sRGB, as it does on a Windows desk with no colour profile.
 *
 * It goes into the Wine prefix's system32 and is loaded by qotb-desktop.exe only (a
 * per-program DLL override in the prefix's registry), never into the program's build.
 */
#include <windows.h>

typedef HANDLE HPROFILE;

__declspec(dllexport) HPROFILE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HPROFILE profile) { (void)profile; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HPROFILE profile, BYTE *buffer, DWORD *size) {
    (void)profile; (void)buffer; (void)size;
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}
__declspec(dllexport) HPROFILE WINAPI WcsCreateIccProfile(HPROFILE profile, DWORD options) {
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
