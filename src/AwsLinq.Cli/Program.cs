System.Console.WriteLine("awslinq");
