namespace AwsLinq.Cli.Output;

/// <summary>How rows, plans and reports are written: a table for people; text (tab-separated), JSON or CSV for programs.</summary>
internal enum OutputFormat
{
    Table,
    Text,
    Json,
    Csv,
}
