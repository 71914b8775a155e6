// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <iostream>

int main(int argc, char **argv)
{
    return cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
