namespace AwsLinq.Cli.Output;

/// <summary>How rows are written: a table for people, JSON or CSV for programs.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
