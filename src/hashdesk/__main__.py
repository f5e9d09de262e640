from hashdesk.cli import main

main()
