/*
 * A stand-in bcryptprimitives.dll for the wine smoke test only (never
 * shipped). Go 1.24 and newer get their random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10/11 has but Debian 12's
 * wine 8.0 lacks, so a Go program dies there before main. This DLL gives
 * ProcessPrng on top of RtlGenRandom (advapi32 SystemFunction036), which
 * wine has. package.sh builds it with mingw-w64 into the temporary wine
 * prefix's system32, where Go's runtime looks for it.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
