Console.WriteLine("StudyBot");
