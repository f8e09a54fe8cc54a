module github.com/huisrooster/huisrooster

go 1.25.0

require github.com/rickar/cal/v2 v2.1.13
