// Expat, the XML parser Glean reads exchange files with. Expat itself never opens a file or a socket: external
// entities and DTDs are read only through handlers the application sets, and Glean sets none.
#ifndef GLEAN_CEXPAT_SHIM_H
#define GLEAN_CEXPAT_SHIM_H

#include <expat.h>

#endif
