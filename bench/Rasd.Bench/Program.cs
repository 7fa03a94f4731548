Console.WriteLine("bench: see issues; run with a benchmark name");
