package roster

func (c *checker) checkHours() {}
